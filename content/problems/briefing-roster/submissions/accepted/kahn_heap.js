// Kahn's algorithm with a binary min-heap of free guides.
function solve(n, rules) {
  const after = Array.from({ length: n }, () => []);
  const waiting = new Int32Array(n);
  for (const [a, b] of rules) {
    after[a].push(b);
    waiting[b] += 1;
  }
  const heap = [];
  const push = (x) => {
    heap.push(x);
    let i = heap.length - 1;
    while (i > 0 && heap[(i - 1) >> 1] > heap[i]) {
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
        for (const c of [2 * i + 1, 2 * i + 2]) if (c < heap.length && heap[c] < heap[low]) low = c;
        if (low === i) break;
        [heap[i], heap[low]] = [heap[low], heap[i]];
        i = low;
      }
    }
    return top;
  };
  for (let g = 0; g < n; g += 1) if (waiting[g] === 0) push(g);
  const order = [];
  while (heap.length > 0) {
    const u = pop();
    order.push(u);
    for (const v of after[u]) if (--waiting[v] === 0) push(v);
  }
  return order.length === n ? order : [];
}
