// Wrong duplicate skip: the first sled skips a value when the NEXT sled has the same value, so it
// is tried only at its last copy and the triples that need two copies (-1, -1, 2) are lost.
// Caught by sample 1.
function solve(loads, target) {
  const a = [...loads].sort((p, q) => p - q);
  const n = a.length;
  let found = 0;
  for (let i = 0; i < n - 2; i += 1) {
    if (a[i] === a[i + 1]) continue;
    let lo = i + 1;
    let hi = n - 1;
    while (lo < hi) {
      const s = a[i] + a[lo] + a[hi];
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
