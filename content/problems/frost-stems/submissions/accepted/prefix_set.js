// A Set of stems; each word tries its prefixes from the shortest, never past the longest stem.
function solve(stems, words) {
  const known = new Set(stems);
  const longest = stems.reduce((m, s) => Math.max(m, s.length), 0);
  return words.map((w) => {
    for (let end = 1; end <= Math.min(w.length, longest); end += 1) {
      const p = w.slice(0, end);
      if (known.has(p)) return p;
    }
    return w;
  });
}
