// Mistake: returns the distance table's "infinity" (n + 1) for an unreachable hut instead of -1.
// Caught by sample 2.
function solve(n: number, runs: number[][]): number {
  const graph: [number, number][][] = Array.from({ length: n }, () => []);
  for (const [a, b, w] of runs) graph[a].push([b, w]);
  const dist = new Array<number>(n).fill(n + 1);
  dist[0] = 0;
  const front: number[] = [0];
  const back: number[] = [];
  while (front.length + back.length > 0) {
    if (front.length === 0) front.push(...back.splice(0).reverse());
    const u = front.pop()!;
    for (const [v, w] of graph[u])
      if (dist[u] + w < dist[v]) {
        dist[v] = dist[u] + w;
        if (w === 0) front.push(v);
        else back.unshift(v);
      }
  }
  return dist[n - 1];
}
