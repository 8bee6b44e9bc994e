// Mistake: the longest chain measured in rules, not drills: one day too few. Caught by sample 1.
function solve(n, rules) {
  const after = Array.from({ length: n }, () => []);
  const waiting = new Int32Array(n);
  for (const [a, b] of rules) {
    after[a].push(b);
    waiting[b] += 1;
  }
  const depth = new Int32Array(n);
  const queue = [];
  for (let d = 0; d < n; d += 1) if (waiting[d] === 0) queue.push(d);
  let longest = 0;
  for (let head = 0; head < queue.length; head += 1) {
    const u = queue[head];
    longest = Math.max(longest, depth[u]);
    for (const v of after[u]) {
      depth[v] = Math.max(depth[v], depth[u] + 1);
      if (--waiting[v] === 0) queue.push(v);
    }
  }
  return queue.length === n ? longest : -1;
}
