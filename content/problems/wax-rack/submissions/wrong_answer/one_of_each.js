// Mistake: keeps one bar of each rating (plain deduplication) instead of up to two.
// Caught by sample 1.
function solve(bars) {
  const shown = [];
  for (const b of bars) if (shown.length === 0 || shown[shown.length - 1] !== b) shown.push(b);
  return shown;
}
