// Mistake: builds the minimum spanning tree of start's group and answers its highest pass, even when
// that pass is not on the route to goal. Caught by sample 3 (the 3000 m pass to valley 4) and secret
// 06-tree-max-off-route.
function solve(n, passes, start, goal) {
  if (start === goal) return 0;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x) => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  let highest = 0;
  for (const [a, b, h] of [...passes].sort((x, y) => x[2] - y[2])) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) {
      parent[ra] = rb;
      highest = h;
    }
  }
  return find(start) === find(goal) ? highest : -1;
}
