// Sort numerically, fix the first sled, two pointers on the rest, skipping repeated values.
function solve(loads, target) {
  const a = Float64Array.from(loads).sort();
  const n = a.length;
  let found = 0;
  for (let i = 0; i < n - 2; i += 1) {
    if (i > 0 && a[i] === a[i - 1]) continue;
    let lo = i + 1;
    let hi = n - 1;
    const rest = target - a[i];
    while (lo < hi) {
      const s = a[lo] + a[hi];
      if (s < rest) lo += 1;
      else if (s > rest) hi -= 1;
      else {
        found += 1;
        const lowValue = a[lo];
        while (lo < hi && a[lo] === lowValue) lo += 1;
        hi -= 1;
      }
    }
  }
  return found;
}
