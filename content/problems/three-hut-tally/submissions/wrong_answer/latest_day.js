// Mistake: stores the LATEST day of each pair, so the stretch found for a pair is the shortest.
// Caught by secret/04-whole-log-long and secret/07-first-not-last.
function solve(log) {
  const last = new Map([['0,0', 0]]);
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
    if (last.has(key)) best = Math.max(best, day - last.get(key));
    last.set(key, day);
  }
  return best;
}
