// Union-find with potentials: offset[x] is x's height minus its parent's height.
function solve(n, claims) {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const offset = new Float64Array(n); // up to 2 * 10^13: exact in a double
  const path = [];
  const find = (x) => {
    path.length = 0;
    while (parent[x] !== x) {
      path.push(x);
      x = parent[x];
    }
    let above = 0;
    for (let i = path.length - 1; i >= 0; i -= 1) {
      above += offset[path[i]];
      offset[path[i]] = above;
      parent[path[i]] = x;
    }
    return x;
  };
  for (let i = 0; i < claims.length; i += 1) {
    const [a, b, d] = claims[i];
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) {
      if (offset[b] - offset[a] !== d) return i;
    } else {
      parent[ra] = rb;
      offset[ra] = offset[b] - offset[a] - d;
    }
  }
  return -1;
}
