// Bucket numbers as Map keys; each bucket of the window holds at most one reading.
function solve(readings: number[], k: number, t: number): number {
  const width = t + 1;
  const bucket = (x: number) => Math.floor(x / width);
  const buckets = new Map<number, number>();
  for (let j = 0; j < readings.length; j += 1) {
    const x = readings[j];
    const b = bucket(x);
    const near = [buckets.get(b - 1), buckets.get(b), buckets.get(b + 1)];
    if (near.some((y) => y !== undefined && Math.abs(x - y) <= t)) return j;
    buckets.set(b, x);
    if (j >= k) buckets.delete(bucket(readings[j - k]));
  }
  return -1;
}
