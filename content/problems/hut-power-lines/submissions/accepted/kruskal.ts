// Kruskal with union by size; the sort compares numbers, not the default string order.
function solve(n: number, lines: number[][]): number {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const size = new Int32Array(n).fill(1);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  let total = 0;
  let built = 0;
  for (const [a, b, cost] of [...lines].sort((x, y) => x[2] - y[2])) {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) continue;
    if (size[ra] < size[rb]) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    size[ra] += size[rb];
    total += cost;
    built += 1;
  }
  return built === n - 1 ? total : -1;
}
