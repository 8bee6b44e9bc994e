// A trie of Maps with an end flag per node.
class TrieNode {
  children = new Map<string, TrieNode>();
  end = false;
}

function solve(stems: string[], words: string[]): string[] {
  const root = new TrieNode();
  for (const s of stems) {
    let node = root;
    for (const ch of s) {
      let next = node.children.get(ch);
      if (next === undefined) {
        next = new TrieNode();
        node.children.set(ch, next);
      }
      node = next;
    }
    node.end = true;
  }
  return words.map((w) => {
    let node: TrieNode | undefined = root;
    for (let i = 0; i < w.length; i += 1) {
      node = node.children.get(w[i]!);
      if (node === undefined) return w;
      if (node.end) return w.slice(0, i + 1);
    }
    return w;
  });
}
