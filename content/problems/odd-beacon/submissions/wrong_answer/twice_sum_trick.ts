// Mistake: 2 * sum(distinct) - sum(all), which is only right when every other value appears
// exactly twice and the odd one once. Caught by sample/1 and secret/04-four-times.
function solve(pings: number[]): number {
  let distinct = 0;
  for (const p of new Set(pings)) distinct += p;
  let all = 0;
  for (const p of pings) all += p;
  return 2 * distinct - all;
}
