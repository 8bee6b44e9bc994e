// The same ranked trie with a node class.
class RankNode {
  next = new Map<string, RankNode>();
  best: string[] = [];
}

function solve(searches: string[], prefixes: string[], k: number): string[][] {
  const counts = new Map<string, number>();
  for (const s of searches) counts.set(s, (counts.get(s) ?? 0) + 1);
  const ranked = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  const root = new RankNode();
  for (const w of ranked) {
    let node = root;
    if (node.best.length < k) node.best.push(w);
    for (const ch of w) {
      let child = node.next.get(ch);
      if (child === undefined) {
        child = new RankNode();
        node.next.set(ch, child);
      }
      node = child;
      if (node.best.length < k) node.best.push(w);
    }
  }
  return prefixes.map((p) => {
    let node: RankNode | undefined = root;
    for (const ch of p) {
      node = node.next.get(ch);
      if (node === undefined) return [];
    }
    return [...node.best];
  });
}
