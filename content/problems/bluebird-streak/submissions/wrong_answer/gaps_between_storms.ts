// Off by one in the positions version: forgets the sentinels, so the streak before the first storm
// and after the last one are never measured. Caught by sample 1 and
// secret/08-best-at-the-end.
function solve(days: string, k: number): number {
  const storms: number[] = [];
  for (let i = 0; i < days.length; i += 1) if (days[i] === 'S') storms.push(i);
  if (storms.length <= k) return days.length;
  let best = 0;
  for (let i = 0; i + k + 1 < storms.length; i += 1) best = Math.max(best, storms[i + k + 1] - storms[i] - 1);
  return best;
}
