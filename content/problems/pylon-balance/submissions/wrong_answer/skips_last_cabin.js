// Mistake: stops before the last cabin, as if the summit side could not be empty.
// Caught by sample/2 ([-4, 7, -3, 0]: 3) and secret/05-last-cabin ([2, -2, 9]: 2).
function solve(loads) {
  let total = 0;
  for (const w of loads) total += w;
  let before = 0;
  for (let p = 0; p < loads.length - 1; p += 1) {
    if (before === total - before - loads[p]) return p;
    before += loads[p];
  }
  return -1;
}
