// Mistake: best starts at -Infinity and is updated only after each slide, so the first full window
// (hours 0 .. k - 1) is never a candidate. Caught by secret/06-best-at-the-start.
function solve(deviations, k) {
  let total = 0;
  for (let i = 0; i < k; i += 1) total += deviations[i];
  let best = -Infinity;
  for (let i = k; i < deviations.length; i += 1) {
    total += deviations[i] - deviations[i - k];
    best = Math.max(best, total);
  }
  return best === -Infinity ? total : best;
}
