// Buckets of width t + 1 over the last k readings; Math.floor (not trunc) for negative readings.
function solve(readings, k, t) {
  const width = t + 1;
  const buckets = new Map();
  for (let j = 0; j < readings.length; j += 1) {
    const x = readings[j];
    const b = Math.floor(x / width);
    if (buckets.has(b)) return j;
    if (buckets.has(b - 1) && x - buckets.get(b - 1) <= t) return j;
    if (buckets.has(b + 1) && buckets.get(b + 1) - x <= t) return j;
    buckets.set(b, x);
    if (j >= k) buckets.delete(Math.floor(readings[j - k] / width));
  }
  return -1;
}
