// Sort numerically, then the variable window. Costs reach 10^14: exact in a double (< 2^53).
function solve(depths, budget) {
  const a = Float64Array.from(depths).sort();
  let left = 0;
  let total = 0;
  let best = 0;
  for (let right = 0; right < a.length; right += 1) {
    total += a[right];
    while (a[right] * (right - left + 1) - total > budget) {
      total -= a[left];
      left += 1;
    }
    best = Math.max(best, right - left + 1);
  }
  return best;
}
