// By storm positions: a streak with at most k storms runs from just after one storm to just before
// the storm k + 1 places later. Sentinels at -1 and n close the ends.
function solve(days: string, k: number): number {
  const storms: number[] = [-1];
  for (let i = 0; i < days.length; i += 1) if (days[i] === 'S') storms.push(i);
  storms.push(days.length);
  if (storms.length - 2 <= k) return days.length;
  let best = 0;
  for (let i = 0; i + k + 1 < storms.length; i += 1) best = Math.max(best, storms[i + k + 1] - storms[i] - 1);
  return best;
}
