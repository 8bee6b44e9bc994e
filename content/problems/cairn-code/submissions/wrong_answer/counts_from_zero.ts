// Mistake: treats k as counted from 0, so it answers step k + 1.
// Caught by sample/2 (step 16 of "3n12e1s" is s; step 17 does not exist) and secret/03-run-end.
function solve(code: string, k: number): string {
  let left = k + 1;
  for (const [, count, letter] of code.matchAll(/(\d+)([nesw])/g)) {
    if (left <= Number(count)) return letter;
    left -= Number(count);
  }
  return '';
}
