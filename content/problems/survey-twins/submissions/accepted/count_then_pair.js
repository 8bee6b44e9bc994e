// Counts every altitude, then pairs each distinct altitude with the one k above it.
function solve(altitudes, k) {
  const count = new Map();
  for (const a of altitudes) count.set(a, (count.get(a) ?? 0) + 1);
  let pairs = 0;
  for (const [a, c] of count) {
    if (k === 0) pairs += (c * (c - 1)) / 2;
    else pairs += c * (count.get(a + k) ?? 0);
  }
  return pairs;
}
