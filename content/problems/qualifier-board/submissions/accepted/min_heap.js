// The first k scores become a heap at once (heapify, O(k)); then each better score replaces the root.
function solve(scores, k) {
  const heap = scores.slice(0, k);
  const siftDown = (from) => {
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
  for (let i = (k >> 1) - 1; i >= 0; i -= 1) siftDown(i);
  const marks = [heap[0]];
  for (let i = k; i < scores.length; i += 1) {
    if (scores[i] > heap[0]) {
      heap[0] = scores[i];
      siftDown(0);
    }
    marks.push(heap[0]);
  }
  return marks;
}
