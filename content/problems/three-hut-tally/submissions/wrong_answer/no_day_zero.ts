// Mistake: the map starts empty, without the pair (0, 0) of day 0: stretches that start on the
// first day are never found. Caught by secret/02-one-valley ("-": answers 0, not 1) and secret/03-whole-log.
function solve(log: string): number {
  const first = new Map<string, number>();
  let a = 0;
  let b = 0;
  let c = 0;
  let best = 0;
  for (let day = 1; day <= log.length; day += 1) {
    const ch = log[day - 1];
    if (ch === 'a') a += 1;
    else if (ch === 'b') b += 1;
    else if (ch === 'c') c += 1;
    const key = `${a - b},${b - c}`;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, day);
    else best = Math.max(best, day - seen);
  }
  return best;
}
