// Dijkstra where a route costs its highest pass: max instead of +, still monotone along a route.
function solve(n, passes, start, goal) {
  const graph = Array.from({ length: n }, () => []);
  for (const [a, b, h] of passes) {
    graph[a].push([b, h]);
    graph[b].push([a, h]);
  }
  const best = new Array(n).fill(Infinity);
  const heap = [];
  const push = (item) => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0 && heap[(i - 1) >> 1][0] > heap[i][0]) {
      [heap[i], heap[(i - 1) >> 1]] = [heap[(i - 1) >> 1], heap[i]];
      i = (i - 1) >> 1;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ; ) {
        let low = i;
        for (const c of [2 * i + 1, 2 * i + 2]) if (c < heap.length && heap[c][0] < heap[low][0]) low = c;
        if (low === i) break;
        [heap[i], heap[low]] = [heap[low], heap[i]];
        i = low;
      }
    }
    return top;
  };
  best[start] = 0;
  push([0, start]);
  while (heap.length > 0) {
    const [top, u] = pop();
    if (top > best[u]) continue;
    if (u === goal) return top;
    for (const [v, h] of graph[u]) {
      const through = Math.max(top, h);
      if (through < best[v]) {
        best[v] = through;
        push([through, v]);
      }
    }
  }
  return -1;
}
