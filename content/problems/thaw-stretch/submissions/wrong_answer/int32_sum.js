// JavaScript trap: "| 0" keeps the running sum a 32-bit integer, which wraps past 2^31 - 1.
// Caught by secret/11-large-extremes (sums of 2 * 10^13).
function solve(deviations, k) {
  let total = 0;
  for (let i = 0; i < k; i += 1) total = (total + deviations[i]) | 0;
  let best = total;
  for (let i = k; i < deviations.length; i += 1) {
    total = (total + deviations[i] - deviations[i - k]) | 0;
    if (total > best) best = total;
  }
  return best;
}
