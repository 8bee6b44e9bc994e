// Prefix sums and last-seen positions: the left end jumps to max(left, last[x] + 1) in O(1).
function solve(lifts: number[]): number {
  const last = new Int32Array(10001).fill(-1);
  const prefix = [0];
  for (const x of lifts) prefix.push(prefix[prefix.length - 1] + x);
  let left = 0;
  let best = 0;
  for (let right = 0; right < lifts.length; right += 1) {
    left = Math.max(left, last[lifts[right]] + 1);
    last[lifts[right]] = right;
    best = Math.max(best, prefix[right + 1] - prefix[left]);
  }
  return best;
}
