// O(n) memory instead of Floyd's O(1): remember the step at which each cairn was first reached.
function solve(arrows: number[]): number[] {
  const first = new Int32Array(arrows.length).fill(-1);
  let at = 0;
  let step = 0;
  while (first[at] < 0) {
    first[at] = step;
    at = arrows[at];
    step += 1;
  }
  return [at, step - first[at]];
}
