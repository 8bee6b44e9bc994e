// Mistake: "if" instead of "while": the left end moves at most one pile per step of the right end,
// so after one big pile the window stays too long. Caught by secret/05-shrink-many-at-once.
function solve(piles, need) {
  let best = Infinity;
  let total = 0;
  let left = 0;
  for (let right = 0; right < piles.length; right += 1) {
    total += piles[right];
    if (total >= need) {
      best = Math.min(best, right - left + 1);
      total -= piles[left];
      left += 1;
    }
  }
  return best === Infinity ? 0 : best;
}
