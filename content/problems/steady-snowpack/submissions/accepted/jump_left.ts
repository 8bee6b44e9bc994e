// The same deques, but when the spread is too big the left end jumps past the older of the two
// extremes at once instead of one day at a time.
function solve(depths: number[], d: number): number {
  const highs: number[] = [];
  const lows: number[] = [];
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
      if (highs[hf] < lows[lf]) {
        left = highs[hf] + 1;
        hf += 1;
      } else {
        left = lows[lf] + 1;
        lf += 1;
      }
    }
    best = Math.max(best, right - left + 1);
  }
  return best;
}
