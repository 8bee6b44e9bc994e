// JavaScript trap: Math.imul and "| 0" keep the cost in 32 bits; 10^9 * 100 wraps.
// Caught by secret/07-just-short (the wrapped cost looks affordable).
function solve(depths: number[], budget: number): number {
  const a = [...depths].sort((p, q) => p - q);
  let left = 0;
  let total = 0;
  let best = 0;
  for (let right = 0; right < a.length; right += 1) {
    total = (total + a[right]) | 0;
    while (left < right && ((Math.imul(a[right], right - left + 1) - total) | 0) > budget) {
      total = (total - a[left]) | 0;
      left += 1;
    }
    best = Math.max(best, right - left + 1);
  }
  return best;
}
