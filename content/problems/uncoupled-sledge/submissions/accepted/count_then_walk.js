// Counts the sledges, then walks to the one in front of sledge n - k (0-based) and bypasses it.
function solve(head, k) {
  let n = 0;
  for (let node = head; node !== null; node = node.next) n += 1;
  if (k > n) return head;
  if (k === n) return head.next;
  let before = head;
  for (let i = 0; i < n - k - 1; i += 1) before = before.next;
  before.next = before.next.next;
  return head;
}
