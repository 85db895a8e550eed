import { countOf } from "../../shared/core/text";
import { timestamp } from "../../shared/core/time";
import { HOUR_MS, WEEK_DAYS } from "./auditIndex";

var HOURS = WEEK_DAYS * 24;
/** Pixels: each hour a bar of BAR wide in a slot of SLOT, the plot PLOT high, with room for the scale on the left and the days below. */
var SLOT = 4;
var BAR = 3;
var PLOT = 120;
var LEFT = 36;
var TOP = 8;
var BOTTOM = 22;
var WIDTH = LEFT + HOURS * SLOT + 4;
var HEIGHT = TOP + PLOT + BOTTOM;
/** The three kinds of session, bottom to top, with their colour and words. */
var SERIES = [
  { colour: "#2a5d8f", words: "changed the records" },
  { colour: "#9dbbd8", words: "changed nothing" },
  { colour: "#c0392b", words: "refused or failed" },
];
var WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function rect(x: number, y: number, w: number, height: number, fill: string): string {
  return "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + w + "\" height=\"" + height + "\" fill=\"" + fill + "\"/>";
}

/**
 * Sessions per hour over the last week, to the hour of `now`, as a bar chart drawn here (SVG in
 * the page: no script, no file from elsewhere), with its figures in words beside it for those
 * who do not see it. `hours`: [changed, unchanged, refused or failed] by hour (ms / HOUR_MS).
 */
export function hourlyChart(hours: { [hour: string]: number[] }, now: number): string {
  var last = Math.floor(now / HOUR_MS);
  var first = last - HOURS + 1;
  var totals = [0, 0, 0];
  var max = 0;
  var busiest = -1;
  for (var i = 0; i < HOURS; i++) {
    var counts = hours[first + i];
    if (!counts) continue;
    var sum = counts[0] + counts[1] + counts[2];
    for (var k = 0; k < 3; k++) totals[k] += counts[k];
    if (sum > max) {
      max = sum;
      busiest = first + i;
    }
  }
  var scale = PLOT / Math.max(max, 1);
  var bars = "";
  for (var j = 0; j < HOURS; j++) {
    var c = hours[first + j];
    if (!c) continue;
    var base = TOP + PLOT;
    for (var s = 0; s < 3; s++) {
      var height = Math.round(c[s] * scale * 10) / 10;
      if (height <= 0) continue;
      base -= height;
      bars += rect(LEFT + j * SLOT, Math.round(base * 10) / 10, BAR, height, SERIES[s].colour);
    }
  }
  var grid = "";
  for (var d = 0; d < HOURS; d++) {
    var hour = first + d;
    if (hour % 24 !== 0) continue;
    var x = LEFT + d * SLOT;
    var day = new Date(hour * HOUR_MS);
    grid += "<line x1=\"" + x + "\" y1=\"" + TOP + "\" x2=\"" + x + "\" y2=\"" + (TOP + PLOT) + "\" stroke=\"#bbb\"/>"
      + "<text x=\"" + (x + 2) + "\" y=\"" + (HEIGHT - 6) + "\" font-size=\"11\">" + WEEKDAYS[day.getUTCDay()] + " " + day.getUTCDate() + "</text>";
  }
  var axis = "<line x1=\"" + LEFT + "\" y1=\"" + (TOP + PLOT) + "\" x2=\"" + (WIDTH - 4) + "\" y2=\"" + (TOP + PLOT) + "\" stroke=\"#444\"/>"
    + "<text x=\"" + (LEFT - 4) + "\" y=\"" + (TOP + 10) + "\" font-size=\"11\" text-anchor=\"end\">" + max + "</text>"
    + "<text x=\"" + (LEFT - 4) + "\" y=\"" + (TOP + PLOT) + "\" font-size=\"11\" text-anchor=\"end\">0</text>";
  var words = "In the last " + WEEK_DAYS + " days: " + countOf(totals[0], "update") + " that " + SERIES[0].words + ", "
    + totals[1] + " that " + SERIES[1].words + ", " + totals[2] + " " + SERIES[2].words + "."
    + (busiest >= 0 ? " The busiest hour: " + timestamp(busiest * HOUR_MS, 0) + " UTC, with " + countOf(max, "session") + "." : "");
  var key: string[] = [];
  for (var t = 0; t < 3; t++) key.push("<span style=\"background:" + SERIES[t].colour + "\"></span>" + SERIES[t].words);
  return "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\""
    + " aria-labelledby=\"chart-title chart-words\"><title id=\"chart-title\">Sessions per hour, last " + WEEK_DAYS + " days (UTC)</title>"
    + grid + bars + axis + "</svg><figcaption><p class=\"key\">Sessions per hour (UTC): " + key.join(", ") + "</p><p id=\"chart-words\">" + words
    + "</p></figcaption></figure>";
}
