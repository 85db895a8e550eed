/** Edits (insert, delete, replace, swap of neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  var rows: number[][] = [];
  for (var i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (var j = 1; j <= b.length; j++) {
      if (i === 0) { rows[0].push(j); continue; }
      var cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      var best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) {
        best = Math.min(best, rows[i - 2][j - 2] + 1);
      }
      rows[i].push(best);
    }
  }
  return rows[a.length][b.length];
}

/**
 * The known word a typo most likely meant: the closest by edit distance (case
 * ignored), when it is close enough to be a typo of it (at most 2 edits, and
 * fewer than half the letters of the longer word); null otherwise.
 */
export function nearestWord(word: string, known: string[]): string | null {
  var typed = word.toLowerCase();
  var best: string | null = null;
  var bestDistance = Infinity;
  for (var i = 0; i < known.length; i++) {
    var d = editDistance(typed, known[i].toLowerCase());
    if (d < bestDistance) { best = known[i]; bestDistance = d; }
  }
  if (best === null || bestDistance > 2) return null;
  return bestDistance * 2 < Math.max(typed.length, best.length) ? best : null;
}
