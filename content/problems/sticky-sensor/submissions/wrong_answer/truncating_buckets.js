// Mistake: Math.trunc for the bucket number: -3 and 3 both land in bucket 0 with t = 4.
// Caught by sample/3 and secret/10-negative-truncation.
function solve(readings, k, t) {
  const width = t + 1;
  const buckets = new Map();
  for (let j = 0; j < readings.length; j += 1) {
    const x = readings[j];
    const b = Math.trunc(x / width);
    if (buckets.has(b)) return j;
    if (buckets.has(b - 1) && x - buckets.get(b - 1) <= t) return j;
    if (buckets.has(b + 1) && buckets.get(b + 1) - x <= t) return j;
    buckets.set(b, x);
    if (j >= k) buckets.delete(Math.trunc(readings[j - k] / width));
  }
  return -1;
}
