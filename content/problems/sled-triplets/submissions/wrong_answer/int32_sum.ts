// JavaScript trap: "| 0" wraps the sum of three sleds past 2^31 - 1.
// Caught by secret/08-sum-past-32-bits (10^9 * 3).
function solve(loads: number[], target: number): number {
  const a = [...loads].sort((p, q) => p - q);
  const n = a.length;
  let found = 0;
  for (let i = 0; i < n - 2; i += 1) {
    if (i > 0 && a[i] === a[i - 1]) continue;
    let lo = i + 1;
    let hi = n - 1;
    while (lo < hi) {
      const s = (a[i] + a[lo] + a[hi]) | 0;
      if (s < target) lo += 1;
      else if (s > target) hi -= 1;
      else {
        found += 1;
        const v = a[lo];
        while (lo < hi && a[lo] === v) lo += 1;
        hi -= 1;
      }
    }
  }
  return found;
}
