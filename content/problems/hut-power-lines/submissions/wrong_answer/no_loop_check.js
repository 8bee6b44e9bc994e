// Mistake: takes the n - 1 cheapest lines without checking whether a line closes a loop.
// Caught by sample 1 (lines 1-2, 0-2 and 0-1 are the three cheapest, and 0-1 closes a loop).
function solve(n, lines) {
  const useful = lines.filter(([a, b]) => a !== b).sort((x, y) => x[2] - y[2]);
  if (useful.length < n - 1) return -1;
  return useful.slice(0, n - 1).reduce((sum, line) => sum + line[2], 0);
}
