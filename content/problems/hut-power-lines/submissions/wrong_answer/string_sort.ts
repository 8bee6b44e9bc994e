// Mistake: sorts [cost, a, b] tuples with the default sort, which compares their text ("12,0,1" comes
// before "9,2,3"), so a dearer line may be built first. Caught by secret 11-small-random.
function solve(n: number, lines: number[][]): number {
  const parent: number[] = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  let total = 0;
  let built = 0;
  for (const [cost, a, b] of lines.map(([a, b, cost]) => [cost, a, b]).sort()) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) {
      parent[ra] = rb;
      total += cost;
      built += 1;
    }
  }
  return built === n - 1 ? total : -1;
}
