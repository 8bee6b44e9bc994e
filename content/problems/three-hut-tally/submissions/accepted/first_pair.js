// (A - B, B - C) packed into one number (both lie in [-n, n]) as the key of the first day seen.
function solve(log) {
  const n = log.length;
  const width = 2 * n + 1;
  const first = new Map([[0, 0]]);
  let a = 0;
  let b = 0;
  let c = 0;
  let best = 0;
  for (let day = 1; day <= n; day += 1) {
    const ch = log[day - 1];
    if (ch === 'a') a += 1;
    else if (ch === 'b') b += 1;
    else if (ch === 'c') c += 1;
    const key = (a - b) * width + (b - c);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, day);
    else if (day - seen > best) best = day - seen;
  }
  return best;
}
