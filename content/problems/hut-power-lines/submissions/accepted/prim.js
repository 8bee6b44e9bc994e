// Prim's algorithm: grow one network from hut 0, always adding the cheapest line out of it.
function solve(n, lines) {
  const graph = Array.from({ length: n }, () => []);
  for (const [a, b, cost] of lines) {
    graph[a].push([b, cost]);
    graph[b].push([a, cost]);
  }
  const heap = []; // [cost, hut], a binary min-heap
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
  const inside = new Uint8Array(n);
  let total = 0;
  let joined = 0;
  push([0, 0]);
  while (heap.length > 0 && joined < n) {
    const [cost, hut] = pop();
    if (inside[hut]) continue;
    inside[hut] = 1;
    joined += 1;
    total += cost;
    for (const [next, c] of graph[hut]) if (!inside[next]) push([c, next]);
  }
  return joined === n ? total : -1;
}
