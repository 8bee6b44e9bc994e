// Mistake: reports "no balance" as 0, the index of the first cabin, instead of -1.
// Caught by secret/01-empty ([]: -1) and secret/03-two-no ([1, 2]: -1).
function solve(loads: number[]): number {
  const total = loads.reduce((a, b) => a + b, 0);
  let before = 0;
  for (let p = 0; p < loads.length; p += 1) {
    if (before === total - before - loads[p]) return p;
    before += loads[p];
  }
  return 0;
}
