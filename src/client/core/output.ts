/** Where the module's words go; the host maps these to print/log/alert. */
export interface Output {
  /** Always shown: banner, help, dry run, status, the outcome. */
  print(text: string): void;
  /** Progress and what the server sent; silenced by -q. */
  info(text: string): void;
  /** What was sent; silenced by -q. */
  debug(text: string): void;
  warn(text: string): void;
  error(text: string): void;
}

/**
 * Applies -q. The password is kept out of output where it could appear (the
 * answer to pw?, server text that echoes it, values shown in messages), not by
 * rewriting every line: that would garble any text that contains it by chance.
 */
export function quietOutput(out: Output, quiet: boolean): Output {
  if (!quiet) return out;
  function nothing(): void { /* silenced by -q */ }
  return { print: out.print, info: nothing, debug: nothing, warn: out.warn, error: out.error };
}
