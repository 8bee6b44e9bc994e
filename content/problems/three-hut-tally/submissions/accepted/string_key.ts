// The pair of differences as a string key "A-B,B-C" in a Map of first days.
function solve(log: string): number {
  const first = new Map<string, number>([['0,0', 0]]);
  const count = { a: 0, b: 0, c: 0, '-': 0 } as Record<string, number>;
  let best = 0;
  for (let day = 1; day <= log.length; day += 1) {
    count[log[day - 1]] += 1;
    const key = `${count.a - count.b},${count.b - count.c}`;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, day);
    else best = Math.max(best, day - seen);
  }
  return best;
}
