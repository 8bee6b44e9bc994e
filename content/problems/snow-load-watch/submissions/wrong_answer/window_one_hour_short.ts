// Off by one the other way: the front leaves when it is k - 1 hours old (the window has k - 1 hours,
// at least the current one).
function solve(readings: number[], k: number): number[] {
  const levels: number[] = [];
  const window: number[] = [];
  let front = 0;
  for (let i = 0; i < readings.length; i += 1) {
    while (window.length > front && readings[window[window.length - 1]] <= readings[i]) window.pop();
    window.push(i);
    while (window.length - front > 1 && window[front] <= i - k + 1) front += 1;
    levels.push(readings[window[front]]);
  }
  return levels;
}
