// Mistake: no dummy node; when the sledge to remove is the head (k = n), it is left in place.
// Caught by sample/2 and secret/02-single-removed.
declare class ListNode {
  val: number;
  next: ListNode | null;
}

function solve(head: ListNode | null, k: number): ListNode | null {
  let n = 0;
  for (let node = head; node !== null; node = node.next) n += 1;
  if (k >= n) return head;
  let before = head as ListNode;
  for (let i = 0; i < n - k - 1; i += 1) before = before.next as ListNode;
  before.next = (before.next as ListNode).next;
  return head;
}
