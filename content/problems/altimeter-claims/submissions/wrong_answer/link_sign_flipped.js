// Mistake: the linking offset with the sign of d flipped (ha - hb + d where hb - ha - d belongs, for
// root a under root b). Caught by sample 1.
function solve(n, claims) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const offset = new Array(n).fill(0);
  const find = (x) => {
    if (parent[x] === x) return x;
    const root = find(parent[x]);
    offset[x] += offset[parent[x]];
    parent[x] = root;
    return root;
  };
  for (let i = 0; i < claims.length; i += 1) {
    const [a, b, d] = claims[i];
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) {
      if (offset[b] - offset[a] !== d) return i;
    } else {
      parent[ra] = rb;
      offset[ra] = offset[a] - offset[b] + d;
    }
  }
  return -1;
}
