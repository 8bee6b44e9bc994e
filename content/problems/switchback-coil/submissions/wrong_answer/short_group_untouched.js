// Mistake: a short last group is left as it is even when it is its turn to be reversed (the habit
// of "reverse nodes in k-groups"). Caught by sample/1, sample/3 and secret/05-short-last-reversed.
function solve(head, k) {
  const dummy = new ListNode(0, head);
  let tail = dummy;
  let reverse = true;
  while (tail.next !== null) {
    const first = tail.next;
    let last = first;
    let size = 1;
    for (; size < k && last.next !== null; size += 1) last = last.next;
    const rest = last.next;
    if (reverse && size === k) {
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
