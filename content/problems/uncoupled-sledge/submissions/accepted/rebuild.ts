// Copies the numbers into an array, drops index n - k, and builds a new list with ListNode.
declare class ListNode {
  val: number;
  next: ListNode | null;
  constructor(val?: number, next?: ListNode | null);
}

function solve(head: ListNode | null, k: number): ListNode | null {
  const values: number[] = [];
  for (let node = head; node !== null; node = node.next) values.push(node.val);
  if (k <= values.length) values.splice(values.length - k, 1);
  let result: ListNode | null = null;
  for (let i = values.length - 1; i >= 0; i -= 1) result = new ListNode(values[i], result);
  return result;
}
