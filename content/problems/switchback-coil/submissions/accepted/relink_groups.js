// Walks group by group; a reversed group is relinked in one pass and joined to the rest.
function solve(head, k) {
  const dummy = new ListNode(0, head);
  let tail = dummy;
  let reverse = true;
  while (tail.next !== null) {
    const first = tail.next;
    let last = first;
    for (let i = 1; i < k && last.next !== null; i += 1) last = last.next;
    const rest = last.next;
    if (reverse) {
      let prev = rest;
      let node = first;
      while (node !== rest) {
        const next = node.next;
        node.next = prev;
        prev = node;
        node = next;
      }
      tail.next = last;
      tail = first;
    } else {
      tail = last;
    }
    reverse = !reverse;
  }
  return dummy.next;
}
