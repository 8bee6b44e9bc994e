// Wrong comparison: shrinks while storms >= k, so a streak keeps at most k - 1 storms.
// Caught by sample 1.
function solve(days, k) {
  let storms = 0;
  let left = 0;
  let best = 0;
  for (let right = 0; right < days.length; right += 1) {
    if (days[right] === 'S') storms += 1;
    while (storms >= k && left <= right) {
      if (days[left] === 'S') storms -= 1;
      left += 1;
    }
    best = Math.max(best, right - left + 1);
  }
  return best;
}
