// Puts the nodes in an array, reorders the array group by group, and relinks the same nodes.
declare class ListNode {
  val: number;
  next: ListNode | null;
}

function solve(head: ListNode | null, k: number): ListNode | null {
  const nodes: ListNode[] = [];
  for (let node = head; node !== null; node = node.next) nodes.push(node);
  const order: ListNode[] = [];
  for (let start = 0, g = 0; start < nodes.length; start += k, g += 1) {
    const group = nodes.slice(start, start + k);
    if (g % 2 === 0) group.reverse();
    order.push(...group);
  }
  for (let i = 0; i < order.length; i += 1) order[i].next = i + 1 < order.length ? order[i + 1] : null;
  return order.length > 0 ? order[0] : null;
}
