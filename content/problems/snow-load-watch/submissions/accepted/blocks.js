// Without a deque: cut the log into blocks of k hours; a window ending at i is the tail of i's block
// (a running maximum from the block's start) plus the head of the previous block's suffix maxima.
function solve(readings, k) {
  const n = readings.length;
  const fromStart = new Array(n);
  const toEnd = new Array(n);
  for (let i = 0; i < n; i += 1) fromStart[i] = i % k === 0 ? readings[i] : Math.max(fromStart[i - 1], readings[i]);
  for (let i = n - 1; i >= 0; i -= 1)
    toEnd[i] = i === n - 1 || (i + 1) % k === 0 ? readings[i] : Math.max(toEnd[i + 1], readings[i]);
  const levels = new Array(n);
  for (let i = 0; i < n; i += 1) {
    const start = i - k + 1;
    levels[i] = start <= 0 || start % k === 0 ? fromStart[i] : Math.max(toEnd[start], fromStart[i]);
  }
  return levels;
}
