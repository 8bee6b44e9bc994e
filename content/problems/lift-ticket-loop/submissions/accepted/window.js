// Variable window over a "lift in window" table; shrink until the new lift is not in it.
function solve(lifts) {
  const inWindow = new Uint8Array(10001);
  let left = 0;
  let total = 0;
  let best = 0;
  for (let right = 0; right < lifts.length; right += 1) {
    const x = lifts[right];
    while (inWindow[x]) {
      inWindow[lifts[left]] = 0;
      total -= lifts[left];
      left += 1;
    }
    inWindow[x] = 1;
    total += x;
    best = Math.max(best, total);
  }
  return best;
}
