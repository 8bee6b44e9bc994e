// Set algebra: `once` holds names of exactly one log so far, `many` names of two or more.
function solve(logs) {
  const once = new Set();
  const many = new Set();
  for (const log of logs) {
    for (const name of new Set(log)) {
      if (many.has(name)) continue;
      if (once.has(name)) {
        once.delete(name);
        many.add(name);
      } else {
        once.add(name);
      }
    }
  }
  return [...once].sort();
}
