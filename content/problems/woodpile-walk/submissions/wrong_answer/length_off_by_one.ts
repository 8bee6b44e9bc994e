// Off by one: the window [left, right] has right - left + 1 piles, not right - left.
// Caught by sample 1.
function solve(piles: number[], need: number): number {
  let best = Infinity;
  let total = 0;
  let left = 0;
  for (let right = 0; right < piles.length; right += 1) {
    total += piles[right];
    while (total >= need) {
      best = Math.min(best, right - left);
      total -= piles[left];
      left += 1;
    }
  }
  return best === Infinity ? 0 : best;
}
