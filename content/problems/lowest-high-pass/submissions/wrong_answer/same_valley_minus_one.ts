// Mistake: no special case for start == goal: the loop never sees them "become" joined. Caught by
// secret 01-one-valley.
function solve(n: number, passes: number[][], start: number, goal: number): number {
  const parent: number[] = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const [a, b, h] of [...passes].sort((x, y) => x[2] - y[2])) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    parent[ra] = rb;
    if (find(start) === find(goal)) return h;
  }
  return -1;
}
