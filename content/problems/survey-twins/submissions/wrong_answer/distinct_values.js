// Mistake: a set of altitudes instead of counts: counts pairs of distinct altitudes, not of markers.
// Caught by sample/1 (answers 2, not 3) and secret/05-duplicates.
function solve(altitudes, k) {
  const values = new Set(altitudes);
  let pairs = 0;
  for (const a of values) {
    if (k === 0) continue;
    if (values.has(a + k)) pairs += 1;
  }
  return pairs;
}
