/* `npm run bench`: the empty script, the floor for a module's cost in a shell. */
