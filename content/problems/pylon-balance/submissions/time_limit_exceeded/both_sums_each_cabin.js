// O(n^2): adds up both sides again for every cabin; ~10^10 additions on secret/12-large-at-end.
function solve(loads) {
  for (let p = 0; p < loads.length; p += 1) {
    let left = 0;
    let right = 0;
    for (let i = 0; i < p; i += 1) left += loads[i];
    for (let i = p + 1; i < loads.length; i += 1) right += loads[i];
    if (left === right) return p;
  }
  return -1;
}
