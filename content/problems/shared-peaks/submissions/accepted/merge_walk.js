// Merge-style walk over both sorted lists.
function solve(mine, yours) {
  let i = 0;
  let j = 0;
  const shared = [];
  while (i < mine.length && j < yours.length) {
    if (mine[i] === yours[j]) {
      shared.push(mine[i]);
      i += 1;
      j += 1;
    } else if (mine[i] < yours[j]) i += 1;
    else j += 1;
  }
  return shared;
}
