// Keeps both sides explicitly: the summit side loses each cabin as the pylon moves past it.
function solve(loads: number[]): number {
  let after = loads.reduce((a, b) => a + b, 0);
  let before = 0;
  for (let p = 0; p < loads.length; p += 1) {
    after -= loads[p];
    if (before === after) return p;
    before += loads[p];
  }
  return -1;
}
