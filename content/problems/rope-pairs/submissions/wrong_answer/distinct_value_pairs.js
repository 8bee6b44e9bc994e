// Sorts and walks two pointers, but counts pairs of distinct weights rather than of climbers.
function solve(weights, gap) {
  const sorted = [...new Set(weights)].sort((a, b) => a - b);
  let pairs = 0;
  let j = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    while (j < sorted.length && sorted[j] - sorted[i] < gap) j += 1;
    if (j < sorted.length && j !== i && sorted[j] - sorted[i] === gap) pairs += 1;
  }
  return pairs;
}
