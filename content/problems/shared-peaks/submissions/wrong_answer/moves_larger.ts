// Mistake: on a mismatch moves the pointer at the LARGER height, which can never catch up.
// Caught by sample 1.
function solve(mine: number[], yours: number[]): number[] {
  let i = 0;
  let j = 0;
  const shared: number[] = [];
  while (i < mine.length && j < yours.length) {
    if (mine[i] === yours[j]) {
      shared.push(mine[i]);
      i += 1;
      j += 1;
    } else if (mine[i] > yours[j]) i += 1;
    else j += 1;
  }
  return shared;
}
