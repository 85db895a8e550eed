/*
 * `npm run bench`: the emulator's cost of one call into the host (one RPC), seen
 * from the script. Rounds of N calls each of log(LOG_DEBUG) (the module makes two
 * log calls per prompt, before it answers) and of a Socket property read (the
 * cheapest op). Prints {log: [ms per call, one per round], prop: [...]}. ES5.
 */
var N = 300;
var ROUNDS = 7;
var sock = new Socket(1, "dyndns");
var res = { log: [], prop: [] };
var i, k, t;
for (k = 0; k < ROUNDS; k++) {
  t = new Date().getTime();
  for (i = 0; i < N; i++) log(LOG_DEBUG, "sending: VERT (for id?)");
  res.log.push((new Date().getTime() - t) / N);
  t = new Date().getTime();
  for (i = 0; i < N; i++) sock.nread;
  res.prop.push((new Date().getTime() - t) / N);
}
sock.close();
print(JSON.stringify(res));
