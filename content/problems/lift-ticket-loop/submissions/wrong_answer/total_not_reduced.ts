// Mistake: moves the left end on a repeat but never subtracts the lifts that leave.
// Caught by sample 1.
function solve(lifts: number[]): number {
  const last = new Map<number, number>();
  let left = 0;
  let total = 0;
  let best = 0;
  for (let right = 0; right < lifts.length; right += 1) {
    const seen = last.get(lifts[right]) ?? -1;
    if (seen >= left) left = seen + 1;
    last.set(lifts[right], right);
    total += lifts[right];
    best = Math.max(best, total);
  }
  return best;
}
