// The window that never shrinks: when it is too dear it slides by one, so its length is the best
// found so far; the answer is its final length.
function solve(depths: number[], budget: number): number {
  const a = [...depths].sort((p, q) => p - q);
  let left = 0;
  let total = 0;
  for (let right = 0; right < a.length; right += 1) {
    total += a[right];
    if (a[right] * (right - left + 1) - total > budget) {
      total -= a[left];
      left += 1;
    }
  }
  return a.length - left;
}
