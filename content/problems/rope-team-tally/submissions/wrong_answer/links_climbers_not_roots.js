// Mistake: `parent[a] = b` links the climbers themselves, not their roots: when a is not a root, a
// leaves its old team behind. Caught by secret 06-link-non-roots.
function solve(n, ropes) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x) => {
    while (parent[x] !== x) x = parent[x];
    return x;
  };
  let teams = n;
  return ropes.map(([a, b]) => {
    if (find(a) !== find(b)) {
      parent[a] = b;
      teams -= 1;
    }
    return teams;
  });
}
