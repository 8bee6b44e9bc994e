// Dijkstra with a binary heap: also right for 0/1 weights, in O(m log n).
function solve(n: number, runs: number[][]): number {
  const graph: [number, number][][] = Array.from({ length: n }, () => []);
  for (const [a, b, w] of runs) graph[a].push([b, w]);
  const dist = new Array<number>(n).fill(Infinity);
  const heap: [number, number][] = [];
  const push = (item: [number, number]) => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0 && heap[(i - 1) >> 1][0] > heap[i][0]) {
      [heap[i], heap[(i - 1) >> 1]] = [heap[(i - 1) >> 1], heap[i]];
      i = (i - 1) >> 1;
    }
  };
  const pop = (): [number, number] => {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        let low = i;
        for (const child of [2 * i + 1, 2 * i + 2])
          if (child < heap.length && heap[child][0] < heap[low][0]) low = child;
        if (low === i) break;
        [heap[i], heap[low]] = [heap[low], heap[i]];
        i = low;
      }
    }
    return top;
  };
  dist[0] = 0;
  push([0, 0]);
  while (heap.length > 0) {
    const [d, u] = pop();
    if (d > dist[u]) continue; // a stale entry
    for (const [v, w] of graph[u])
      if (d + w < dist[v]) {
        dist[v] = d + w;
        push([d + w, v]);
      }
  }
  return dist[n - 1] === Infinity ? -1 : dist[n - 1];
}
