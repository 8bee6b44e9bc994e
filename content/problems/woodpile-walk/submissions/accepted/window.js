// Shortest window with a total of at least `need`; piles are positive, so shrinking only lowers it.
function solve(piles, need) {
  let best = Infinity;
  let total = 0;
  let left = 0;
  for (let right = 0; right < piles.length; right += 1) {
    total += piles[right];
    while (total >= need) {
      best = Math.min(best, right - left + 1);
      total -= piles[left];
      left += 1;
    }
  }
  return best === Infinity ? 0 : best;
}
