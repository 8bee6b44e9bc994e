// One pass: every earlier marker k below or above the current one makes a pair with it.
function solve(altitudes: number[], k: number): number {
  const seen = new Map<number, number>();
  let pairs = 0;
  for (const a of altitudes) {
    pairs += seen.get(a - k) ?? 0;
    if (k !== 0) pairs += seen.get(a + k) ?? 0;
    seen.set(a, (seen.get(a) ?? 0) + 1);
  }
  return pairs;
}
