// Mistake: returns the lone summits in the order they were first seen, not sorted.
// Caught by secret/02-one-climber-repeats (["b", "a"]) and secret/06-sorting.
function solve(logs) {
  const climbers = new Map();
  for (const log of logs) for (const name of new Set(log)) climbers.set(name, (climbers.get(name) ?? 0) + 1);
  return [...climbers].filter(([, c]) => c === 1).map(([name]) => name);
}
