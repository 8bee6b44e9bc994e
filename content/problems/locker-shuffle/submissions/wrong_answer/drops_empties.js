// Mistake: removes the empty lockers instead of moving them to the end (the row has n lockers).
// Caught by sample 1.
function solve(lockers) {
  return lockers.filter((x) => x !== 0);
}
