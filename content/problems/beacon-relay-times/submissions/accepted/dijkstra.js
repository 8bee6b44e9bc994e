// Dijkstra with a binary min-heap of [time, hut] pairs.
function solve(n, links) {
  const graph = Array.from({ length: n }, () => []);
  for (const [a, b, t] of links) graph[a].push([b, t]);
  const time = new Array(n).fill(Infinity);
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
  time[0] = 0;
  push([0, 0]);
  while (heap.length > 0) {
    const [now, u] = pop();
    if (now > time[u]) continue;
    for (const [v, t] of graph[u])
      if (now + t < time[v]) {
        time[v] = now + t;
        push([now + t, v]);
      }
  }
  return time.map((x) => (x === Infinity ? -1 : x));
}
