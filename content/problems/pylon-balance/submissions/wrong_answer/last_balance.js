// Mistake: keeps scanning and returns the LAST balancing cabin, not the first.
// Caught by sample/3 and secret/06-two-answers ([1, 0, 0, 1]: answers 2, not 1).
function solve(loads) {
  let total = 0;
  for (const w of loads) total += w;
  let before = 0;
  let found = -1;
  for (let p = 0; p < loads.length; p += 1) {
    if (before === total - before - loads[p]) found = p;
    before += loads[p];
  }
  return found;
}
