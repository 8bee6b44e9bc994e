// Mistake: reversed DFS post-order, visiting guides and their followers in increasing order: valid,
// but not the smallest. Caught by sample 1.
function solve(n, rules) {
  const after = Array.from({ length: n }, () => []);
  for (const [a, b] of rules) after[a].push(b);
  for (const list of after) list.sort((x, y) => x - y);
  const colour = new Uint8Array(n);
  const done = [];
  let loop = false;
  const visit = (u) => {
    colour[u] = 1;
    for (const v of after[u]) {
      if (colour[v] === 1) loop = true;
      else if (colour[v] === 0) visit(v);
    }
    colour[u] = 2;
    done.push(u);
  };
  for (let g = 0; g < n; g += 1) if (colour[g] === 0) visit(g);
  return loop ? [] : done.reverse();
}
