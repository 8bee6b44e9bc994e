// Mistake: builds the graph as if runs could be skied both ways. Caught by sample 2.
function solve(n, runs) {
  const graph = Array.from({ length: n }, () => []);
  for (const [a, b, w] of runs) {
    graph[a].push([b, w]);
    graph[b].push([a, w]);
  }
  const dist = new Array(n).fill(Infinity);
  dist[0] = 0;
  const deque = [0];
  while (deque.length > 0) {
    const u = deque.shift();
    for (const [v, w] of graph[u])
      if (dist[u] + w < dist[v]) {
        dist[v] = dist[u] + w;
        if (w === 0) deque.unshift(v);
        else deque.push(v);
      }
  }
  return dist[n - 1] === Infinity ? -1 : dist[n - 1];
}
