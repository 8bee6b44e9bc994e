// A hand-written binary min-heap of nodes (JavaScript has no heap in its standard library).
declare class ListNode {
  val: number;
  next: ListNode | null;
  constructor(val?: number, next?: ListNode | null);
}

function solve(convoys: (ListNode | null)[]): ListNode | null {
  const heap: ListNode[] = convoys.filter((c): c is ListNode => c !== null);
  const less = (i: number, j: number) => heap[i].val < heap[j].val;
  const swap = (i: number, j: number) => {
    const t = heap[i];
    heap[i] = heap[j];
    heap[j] = t;
  };
  const down = (start: number) => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(l, m)) m = l;
      if (r < heap.length && less(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (let i = (heap.length >> 1) - 1; i >= 0; i -= 1) down(i);
  const dummy = new ListNode(0, null);
  let tail = dummy;
  while (heap.length > 0) {
    const node = heap[0];
    tail.next = node;
    tail = node;
    if (node.next !== null) heap[0] = node.next;
    else {
      const last = heap.pop() as ListNode;
      if (heap.length > 0) heap[0] = last;
    }
    if (heap.length > 0) down(0);
  }
  tail.next = null;
  return dummy.next;
}
