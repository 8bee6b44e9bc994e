// Mistake: treats every link as two-way. Caught by sample 2.
function solve(n: number, links: number[][]): number[] {
  const graph: [number, number][][] = Array.from({ length: n }, () => []);
  for (const [a, b, t] of links) {
    graph[a].push([b, t]);
    graph[b].push([a, t]);
  }
  const time = new Array<number>(n).fill(Infinity);
  time[0] = 0;
  const done = new Uint8Array(n);
  const heap: [number, number][] = [[0, 0]];
  while (heap.length > 0) {
    heap.sort((x, y) => y[0] - x[0]);
    const [now, u] = heap.pop()!;
    if (done[u]) continue;
    done[u] = 1;
    for (const [v, t] of graph[u])
      if (now + t < time[v]) {
        time[v] = now + t;
        heap.push([now + t, v]);
      }
  }
  return time.map((x) => (x === Infinity ? -1 : x));
}
