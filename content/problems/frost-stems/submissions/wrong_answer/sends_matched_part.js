// When the walk leaves the trie, sends the letters matched so far instead of the whole word: the
// part matched need not be a stem (05-partial-match: "cab" becomes "ca").
function solve(stems, words) {
  const root = new Map();
  for (const s of stems) {
    let node = root;
    for (const ch of s) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch);
    }
    node.set("$", true);
  }
  return words.map((w) => {
    let node = root;
    for (let i = 0; i < w.length; i += 1) {
      if (!node.has(w[i])) return i > 0 ? w.slice(0, i) : w;
      node = node.get(w[i]);
      if (node.has("$")) return w.slice(0, i + 1);
    }
    return w;
  });
}
