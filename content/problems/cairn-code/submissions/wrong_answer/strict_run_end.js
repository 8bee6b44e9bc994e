// Mistake: k < done + count, so the last step of every run is given to the next run.
// Caught by sample/2 (step 16 of "3n12e1s" is s) and secret/03-run-end.
function solve(code, k) {
  let done = 0;
  for (const [, count, letter] of code.matchAll(/(\d+)([nesw])/g)) {
    if (k < done + Number(count)) return letter;
    done += Number(count);
  }
  return '';
}
