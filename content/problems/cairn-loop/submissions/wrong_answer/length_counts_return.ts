// Off by one: counts the cairns of the loop and the return to the entrance, so the length is one more.
// Caught by sample 1.
function solve(arrows: number[]): number[] {
  const first = new Int32Array(arrows.length).fill(-1);
  let at = 0;
  let step = 0;
  while (first[at] < 0) {
    first[at] = step;
    at = arrows[at];
    step += 1;
  }
  return [at, step - first[at] + 1];
}
