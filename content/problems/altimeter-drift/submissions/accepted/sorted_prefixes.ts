// Without a hash map: sort (prefix, index) pairs and, for each prefix value, count earlier
// occurrences of prefix - k with a two-pointer walk over the sorted values. O(n log n).
function solve(changes: number[], k: number): number {
  const n = changes.length;
  const prefix = new Array<number>(n + 1);
  prefix[0] = 0;
  for (let i = 0; i < n; i += 1) prefix[i + 1] = prefix[i] + changes[i];
  const order = Array.from({ length: n + 1 }, (_, i) => i).sort((a, b) => prefix[a] - prefix[b] || a - b);
  // For each index j, count i < j with prefix[i] = prefix[j] - k: walk the groups of equal prefixes.
  const groups = new Map<number, number[]>();
  for (const i of order) {
    const g = groups.get(prefix[i]);
    if (g) g.push(i);
    else groups.set(prefix[i], [i]);
  }
  let count = 0;
  for (const [value, js] of groups) {
    const is = groups.get(value - k);
    if (!is) continue;
    let p = 0;
    for (const j of js) {
      while (p < is.length && is[p] < j) p += 1;
      count += p;
    }
  }
  return count;
}
