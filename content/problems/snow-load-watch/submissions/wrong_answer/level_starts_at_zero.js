// Greedy with a floor: keeps one running level that starts at 0 and is recomputed when it leaves;
// readings below zero are never reported.
function solve(readings, k) {
  const levels = [];
  let level = 0;
  let at = -1;
  for (let i = 0; i < readings.length; i += 1) {
    if (readings[i] >= level) {
      level = readings[i];
      at = i;
    } else if (at <= i - k) {
      level = 0;
      for (let j = Math.max(0, i - k + 1); j <= i; j += 1)
        if (readings[j] >= level) {
          level = readings[j];
          at = j;
        }
    }
    levels.push(level);
  }
  return levels;
}
