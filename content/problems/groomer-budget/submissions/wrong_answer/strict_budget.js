// Wrong comparison: shrinks while the cost is >= budget, so spending the budget exactly is refused.
// Caught by sample 1 and secret/03-budget-exact.
function solve(depths, budget) {
  const a = [...depths].sort((p, q) => p - q);
  let left = 0;
  let total = 0;
  let best = 0;
  for (let right = 0; right < a.length; right += 1) {
    total += a[right];
    while (left < right && a[right] * (right - left + 1) - total >= budget) {
      total -= a[left];
      left += 1;
    }
    best = Math.max(best, right - left + 1);
  }
  return best;
}
