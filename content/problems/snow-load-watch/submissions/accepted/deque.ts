// The deque is an array with a moving front index: shift() would make it O(n^2).
function solve(readings: number[], k: number): number[] {
  const levels: number[] = [];
  const window: number[] = [];
  let front = 0;
  for (let i = 0; i < readings.length; i += 1) {
    while (window.length > front && readings[window[window.length - 1]] <= readings[i]) window.pop();
    window.push(i);
    if (window[front] <= i - k) front += 1;
    levels.push(readings[window[front]]);
  }
  return levels;
}
