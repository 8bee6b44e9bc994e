// Reads the values into an array and builds a new list with the harness's ListNode global.
declare class ListNode {
  val: number;
  next: ListNode | null;
  constructor(val?: number, next?: ListNode | null);
}

function solve(head: ListNode | null, k: number): ListNode | null {
  const values: number[] = [];
  for (let node = head; node !== null; node = node.next) values.push(node.val);
  if (values.length === 0) return null;
  const shift = k % values.length;
  const rotated = [...values.slice(values.length - shift), ...values.slice(0, values.length - shift)];
  let result: ListNode | null = null;
  for (let i = rotated.length - 1; i >= 0; i -= 1) result = new ListNode(rotated[i], result);
  return result;
}
