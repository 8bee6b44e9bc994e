// Mistake: moves both pointers whenever the heights differ, skipping heights of the longer list.
// Caught by secret/06-skewed.
function solve(mine, yours) {
  let i = 0;
  let j = 0;
  const shared = [];
  while (i < mine.length && j < yours.length) {
    if (mine[i] === yours[j]) shared.push(mine[i]);
    i += 1;
    j += 1;
  }
  return shared;
}
