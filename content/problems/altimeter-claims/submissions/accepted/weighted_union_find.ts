// Recursive find with path compression: it returns the root and leaves offset[x] = height above it.
function solve(n: number, claims: number[][]): number {
  const parent: number[] = Array.from({ length: n }, (_, i) => i);
  const offset: number[] = new Array(n).fill(0);
  const rank: number[] = new Array(n).fill(0);
  const find = (x: number): number => {
    if (parent[x] === x) return x;
    const root = find(parent[x]);
    offset[x] += offset[parent[x]]; // the parent now points at the root, so this sums the path
    parent[x] = root;
    return root;
  };
  for (let i = 0; i < claims.length; i += 1) {
    const [a, b, d] = claims[i];
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) {
      if (offset[b] - offset[a] !== d) return i;
      continue;
    }
    if (rank[ra] < rank[rb]) {
      parent[ra] = rb;
      offset[ra] = offset[b] - offset[a] - d;
    } else {
      parent[rb] = ra;
      offset[rb] = offset[a] - offset[b] + d;
      if (rank[ra] === rank[rb]) rank[ra] += 1;
    }
  }
  return -1;
}
