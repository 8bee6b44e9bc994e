// Running valley-side sum against the total; sums stay below 2^53 (10^5 * 10^9).
function solve(loads) {
  let total = 0;
  for (const w of loads) total += w;
  let before = 0;
  for (let p = 0; p < loads.length; p += 1) {
    if (before === total - before - loads[p]) return p;
    before += loads[p];
  }
  return -1;
}
