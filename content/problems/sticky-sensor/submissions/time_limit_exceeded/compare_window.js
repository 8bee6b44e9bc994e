// O(n * k): compares each reading with the k before it; 5 * 10^9 comparisons on
// secret/18-large-alarm-at-end.
function solve(readings, k, t) {
  for (let j = 0; j < readings.length; j += 1) {
    for (let i = Math.max(0, j - k); i < j; i += 1) if (Math.abs(readings[i] - readings[j]) <= t) return j;
  }
  return -1;
}
