// Count with a Map, sort by (count desc, word asc), insert in that order keeping k words per node.
function solve(searches, prefixes, k) {
  const counts = new Map();
  for (const s of searches) counts.set(s, (counts.get(s) ?? 0) + 1);
  const ranked = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || (a < b ? -1 : a > b ? 1 : 0));
  const root = { next: new Map(), best: [] };
  for (const w of ranked) {
    let node = root;
    if (node.best.length < k) node.best.push(w);
    for (const ch of w) {
      if (!node.next.has(ch)) node.next.set(ch, { next: new Map(), best: [] });
      node = node.next.get(ch);
      if (node.best.length < k) node.best.push(w);
    }
  }
  return prefixes.map((p) => {
    let node = root;
    for (const ch of p) {
      node = node.next.get(ch);
      if (node === undefined) return [];
    }
    return [...node.best];
  });
}
