// Builds a new list with the ListNode class the harness provides (a global in JavaScript/TypeScript).
declare class ListNode {
  val: number;
  next: ListNode | null;
  constructor(val?: number, next?: ListNode | null);
}

function solve(head: ListNode | null): ListNode | null {
  let reversed: ListNode | null = null;
  for (let node = head; node !== null; node = node.next) reversed = new ListNode(node.val, reversed);
  return reversed;
}
