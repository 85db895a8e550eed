var MINUTE = 60 * 1000;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;

function count(n: number, unit: string): string {
  return n + " " + unit + (n === 1 ? "" : "s");
}

/** How long ago `then` was, in the words a person would use: "3 hours ago". */
export function ago(thenMs: number, nowMs: number): string {
  var elapsed = nowMs - thenMs;
  if (elapsed < 0) return "in the future by this machine's clock";
  if (elapsed < MINUTE) return "just now";
  if (elapsed < HOUR) return count(Math.floor(elapsed / MINUTE), "minute") + " ago";
  if (elapsed < 2 * DAY) return count(Math.floor(elapsed / HOUR), "hour") + " ago";
  return count(Math.floor(elapsed / DAY), "day") + " ago";
}

function two(n: number): string {
  return (n < 10 ? "0" : "") + n;
}

/** `YYYY-MM-DD HH:MM` in the zone `offsetMinutes` east of UTC (the BBS's local time). */
export function timestamp(ms: number, offsetMinutes: number): string {
  var d = new Date(ms + offsetMinutes * MINUTE);
  return d.getUTCFullYear() + "-" + two(d.getUTCMonth() + 1) + "-" + two(d.getUTCDate())
    + " " + two(d.getUTCHours()) + ":" + two(d.getUTCMinutes());
}
