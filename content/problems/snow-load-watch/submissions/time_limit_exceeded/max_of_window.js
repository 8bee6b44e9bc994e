// O(n * k): the maximum of the whole window every hour, ~5 * 10^9 readings for n = k = 10^5.
function solve(readings, k) {
  const levels = [];
  for (let i = 0; i < readings.length; i += 1) {
    let level = readings[i];
    for (let j = Math.max(0, i - k + 1); j < i; j += 1) if (readings[j] > level) level = readings[j];
    levels.push(level);
  }
  return levels;
}
