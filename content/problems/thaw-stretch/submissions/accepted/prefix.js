// Prefix sums: the window ending at hour i sums to prefix[i + 1] - prefix[i + 1 - k]. O(n).
function solve(deviations, k) {
  const prefix = [0];
  for (const d of deviations) prefix.push(prefix[prefix.length - 1] + d);
  let best = -Infinity;
  for (let end = k; end < prefix.length; end += 1) best = Math.max(best, prefix[end] - prefix[end - k]);
  return best;
}
