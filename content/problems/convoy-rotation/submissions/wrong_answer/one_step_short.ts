// Walks the follower one node too far: the convoy comes out rotated by k - 1.
declare class ListNode {
  val: number;
  next: ListNode | null;
}

function solve(head: ListNode | null, k: number): ListNode | null {
  if (head === null) return null;
  let n = 0;
  for (let node: ListNode | null = head; node !== null; node = node.next) n += 1;
  const shift = k % n;
  if (shift === 0) return head;
  let newTail = head;
  for (let i = 0; i < n - shift; i += 1) if (newTail.next !== null) newTail = newTail.next;
  if (newTail.next === null) return head;
  const newHead = newTail.next;
  newTail.next = null;
  let tail = newHead;
  while (tail.next !== null) tail = tail.next;
  tail.next = head;
  return newHead;
}
