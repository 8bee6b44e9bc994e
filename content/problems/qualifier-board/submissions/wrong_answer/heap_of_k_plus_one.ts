// Off by one: keeps k + 1 scores, so the root is the (k + 1)-th best once the board is full.
function solve(scores: number[], k: number): number[] {
  const heap: number[] = [];
  const siftDown = (from: number): void => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let low = i;
      if (left < heap.length && heap[left] < heap[low]) low = left;
      if (right < heap.length && heap[right] < heap[low]) low = right;
      if (low === i) return;
      [heap[i], heap[low]] = [heap[low], heap[i]];
      i = low;
    }
  };
  const push = (value: number): void => {
    heap.push(value);
    let i = heap.length - 1;
    while (i > 0 && heap[(i - 1) >> 1] > heap[i]) {
      const parent = (i - 1) >> 1;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  };
  const marks: number[] = [];
  scores.forEach((s, i) => {
    if (heap.length <= k) push(s);
    else if (s > heap[0]) {
      heap[0] = s;
      siftDown(0);
    }
    if (i >= k - 1) marks.push(heap[0]);
  });
  return marks;
}
