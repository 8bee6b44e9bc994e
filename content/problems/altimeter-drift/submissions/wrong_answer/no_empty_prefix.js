// Mistake: the map starts empty, so stretches that start at the first minute (prefix - k = 0)
// are never counted. Caught by sample 1 and secret/03-from-the-start.
function solve(changes, k) {
  const seen = new Map();
  let prefix = 0;
  let count = 0;
  for (const c of changes) {
    prefix += c;
    count += seen.get(prefix - k) ?? 0;
    seen.set(prefix, (seen.get(prefix) ?? 0) + 1);
  }
  return count;
}
