// Prefix sums with a Map of how often each prefix has occurred. The count reaches 5 * 10^9: a plain
// number holds it exactly (no "| 0").
function solve(changes, k) {
  const seen = new Map([[0, 1]]);
  let prefix = 0;
  let count = 0;
  for (const c of changes) {
    prefix += c;
    count += seen.get(prefix - k) ?? 0;
    seen.set(prefix, (seen.get(prefix) ?? 0) + 1);
  }
  return count;
}
