// Mistake: left = last[x] + 1 without max(left, ...): a copy seen before the window moves the left
// end backwards and re-admits a repeat. Caught by secret/05-stale-last-seen.
function solve(lifts) {
  const last = new Map();
  const prefix = [0];
  for (const x of lifts) prefix.push(prefix[prefix.length - 1] + x);
  let left = 0;
  let best = 0;
  for (let right = 0; right < lifts.length; right += 1) {
    if (last.has(lifts[right])) left = last.get(lifts[right]) + 1;
    last.set(lifts[right], right);
    best = Math.max(best, prefix[right + 1] - prefix[left]);
  }
  return best;
}
