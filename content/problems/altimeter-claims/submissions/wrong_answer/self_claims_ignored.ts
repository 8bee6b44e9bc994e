// Mistake: skips claims about one hut, as if they could never be wrong. Caught by
// secret 02-one-hut-contradiction.
function solve(n: number, claims: number[][]): number {
  const parent: number[] = Array.from({ length: n }, (_, i) => i);
  const offset: number[] = new Array(n).fill(0);
  const find = (x: number): number => {
    if (parent[x] === x) return x;
    const root = find(parent[x]);
    offset[x] += offset[parent[x]];
    parent[x] = root;
    return root;
  };
  for (let i = 0; i < claims.length; i += 1) {
    const [a, b, d] = claims[i];
    if (a === b) continue;
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
