// Dijkstra with an indexed heap (decrease-key): each hut is in the heap at most once.
function solve(n: number, links: number[][]): number[] {
  const graph: [number, number][][] = Array.from({ length: n }, () => []);
  for (const [a, b, t] of links) graph[a].push([b, t]);
  const time = new Array<number>(n).fill(Infinity);
  const heap: number[] = []; // huts, ordered by time
  const where = new Int32Array(n).fill(-1); // position of each hut in the heap
  const swap = (i: number, j: number) => {
    [heap[i], heap[j]] = [heap[j], heap[i]];
    where[heap[i]] = i;
    where[heap[j]] = j;
  };
  const up = (i: number) => {
    while (i > 0 && time[heap[(i - 1) >> 1]] > time[heap[i]]) {
      swap(i, (i - 1) >> 1);
      i = (i - 1) >> 1;
    }
  };
  const down = (i: number) => {
    for (;;) {
      let low = i;
      for (const c of [2 * i + 1, 2 * i + 2]) if (c < heap.length && time[heap[c]] < time[heap[low]]) low = c;
      if (low === i) return;
      swap(i, low);
      i = low;
    }
  };
  time[0] = 0;
  heap.push(0);
  where[0] = 0;
  while (heap.length > 0) {
    const u = heap[0];
    swap(0, heap.length - 1);
    heap.pop();
    where[u] = -2; // settled
    if (heap.length > 0) down(0);
    for (const [v, t] of graph[u]) {
      if (where[v] === -2 || time[u] + t >= time[v]) continue;
      time[v] = time[u] + t;
      if (where[v] === -1) {
        heap.push(v);
        where[v] = heap.length - 1;
      }
      up(where[v]);
    }
  }
  return time.map((x) => (x === Infinity ? -1 : x));
}
