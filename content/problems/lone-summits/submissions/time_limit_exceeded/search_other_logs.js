// O(T * k * L): looks for every name in every other climber's log with includes(); about 10^10
// steps on secret/10-large-many-climbers.
function solve(logs) {
  const lone = new Set();
  logs.forEach((log, i) => {
    for (const name of log) {
      if (logs.every((other, j) => j === i || !other.includes(name))) lone.add(name);
    }
  });
  return [...lone].sort();
}
