// Mistake: finds the lone summits correctly but returns every occurrence of them, repeats included.
// Caught by sample/1 (two "eiger") and secret/02-one-climber-repeats.
function solve(logs: string[][]): string[] {
  const climbers = new Map<string, number>();
  for (const log of logs) for (const name of new Set(log)) climbers.set(name, (climbers.get(name) ?? 0) + 1);
  return logs.flat().filter((name) => climbers.get(name) === 1).sort();
}
