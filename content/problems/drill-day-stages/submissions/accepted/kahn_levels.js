// Kahn's algorithm with an earliest day per drill: day[v] = 1 + the latest day of its prerequisites.
function solve(n, rules) {
  const after = Array.from({ length: n }, () => []);
  const waiting = new Int32Array(n);
  for (const [a, b] of rules) {
    after[a].push(b);
    waiting[b] += 1;
  }
  const day = new Int32Array(n).fill(1);
  const queue = [];
  for (let d = 0; d < n; d += 1) if (waiting[d] === 0) queue.push(d);
  let latest = 0;
  for (let head = 0; head < queue.length; head += 1) {
    const u = queue[head];
    latest = Math.max(latest, day[u]);
    for (const v of after[u]) {
      day[v] = Math.max(day[v], day[u] + 1);
      waiting[v] -= 1;
      if (waiting[v] === 0) queue.push(v);
    }
  }
  return queue.length === n ? latest : -1;
}
