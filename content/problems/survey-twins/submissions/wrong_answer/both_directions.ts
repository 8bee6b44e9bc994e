// Mistake: counts all altitudes first, then for every marker adds the markers at a - k and a + k:
// each pair is found from both of its ends. Caught by sample/1 (answers 6, not 3).
function solve(altitudes: number[], k: number): number {
  const count = new Map<number, number>();
  for (const a of altitudes) count.set(a, (count.get(a) ?? 0) + 1);
  let pairs = 0;
  for (const a of altitudes) {
    if (k === 0) pairs += (count.get(a) ?? 0) - 1;
    else pairs += (count.get(a - k) ?? 0) + (count.get(a + k) ?? 0);
  }
  return pairs;
}
