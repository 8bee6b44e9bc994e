// Two pointers from both ends, moving the shorter pole. Areas reach 10^14: plain numbers, no "| 0".
function solve(poles) {
  let i = 0;
  let j = poles.length - 1;
  let best = 0;
  while (i < j) {
    best = Math.max(best, (j - i) * Math.min(poles[i], poles[j]));
    if (poles[i] < poles[j]) i += 1;
    else j -= 1;
  }
  return best;
}
