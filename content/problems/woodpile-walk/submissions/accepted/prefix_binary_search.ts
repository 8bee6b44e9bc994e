// O(n log n) alternative: prefix sums rise strictly, so for each end binary-search the latest start
// whose stretch is still enough.
function solve(piles: number[], need: number): number {
  const prefix = [0];
  for (const p of piles) prefix.push(prefix[prefix.length - 1] + p);
  let best = 0;
  for (let end = 1; end < prefix.length; end += 1) {
    if (prefix[end] < need) continue;
    let lo = 0; // prefix[end] - prefix[lo] >= need holds for lo = 0
    let hi = end - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (prefix[end] - prefix[mid] >= need) lo = mid;
      else hi = mid - 1;
    }
    if (best === 0 || end - lo < best) best = end - lo;
  }
  return best;
}
