// O(n^2): compares every pair of markers; 5 * 10^9 pairs on the largest tests.
function solve(altitudes, k) {
  const n = altitudes.length;
  let pairs = 0;
  for (let i = 0; i < n; i += 1) for (let j = i + 1; j < n; j += 1) if (Math.abs(altitudes[i] - altitudes[j]) === k) pairs += 1;
  return pairs;
}
