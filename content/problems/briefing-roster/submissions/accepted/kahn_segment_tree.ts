// Free guides kept in a segment tree over guide numbers, which answers "smallest free guide" in
// O(log n): another way to get the minimum that a heap gives.
function solve(n: number, rules: number[][]): number[] {
  const after: number[][] = Array.from({ length: n }, () => []);
  const waiting = new Int32Array(n);
  for (const [a, b] of rules) {
    after[a].push(b);
    waiting[b] += 1;
  }
  // A segment tree over guides answering "smallest free guide" in O(log n).
  let size = 1;
  while (size < n) size *= 2;
  const tree = new Int32Array(2 * size).fill(n);
  const setFree = (g: number, isFree: boolean) => {
    let i = g + size;
    tree[i] = isFree ? g : n;
    for (i >>= 1; i >= 1; i >>= 1) tree[i] = Math.min(tree[2 * i], tree[2 * i + 1]);
  };
  for (let g = 0; g < n; g += 1) if (waiting[g] === 0) setFree(g, true);
  const order: number[] = [];
  while (tree[1] < n) {
    const u = tree[1];
    setFree(u, false);
    order.push(u);
    for (const v of after[u]) if (--waiting[v] === 0) setFree(v, true);
  }
  return order.length === n ? order : [];
}
