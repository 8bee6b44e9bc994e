// Off by one: counts the poles (j - i + 1) instead of the gap between them (j - i).
// Caught by sample 1.
function solve(poles) {
  let i = 0;
  let j = poles.length - 1;
  let best = 0;
  while (i < j) {
    best = Math.max(best, (j - i + 1) * Math.min(poles[i], poles[j]));
    if (poles[i] < poles[j]) i += 1;
    else j -= 1;
  }
  return best;
}
