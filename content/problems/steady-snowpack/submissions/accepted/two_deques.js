// Two monotonic deques as arrays with moving front indices (shift() would be O(n)).
function solve(depths, d) {
  const highs = [];
  const lows = [];
  let hf = 0;
  let lf = 0;
  let left = 0;
  let best = 0;
  for (let right = 0; right < depths.length; right += 1) {
    const x = depths[right];
    while (highs.length > hf && depths[highs[highs.length - 1]] <= x) highs.pop();
    highs.push(right);
    while (lows.length > lf && depths[lows[lows.length - 1]] >= x) lows.pop();
    lows.push(right);
    while (depths[highs[hf]] - depths[lows[lf]] > d) {
      left += 1;
      if (highs[hf] < left) hf += 1;
      if (lows[lf] < left) lf += 1;
    }
    best = Math.max(best, right - left + 1);
  }
  return best;
}
