// Fast and slow pointers: push the first half on a stack while the fast pointer runs to the end,
// skip the middle of an odd list, then pop while walking the second half.
function solve(head) {
  const stack = [];
  let slow = head;
  let fast = head;
  while (fast !== null && fast.next !== null) {
    stack.push(slow.val);
    slow = slow.next;
    fast = fast.next.next;
  }
  if (fast !== null) slow = slow.next; // odd length: the middle mirrors itself
  while (slow !== null) {
    if (stack.pop() !== slow.val) return false;
    slow = slow.next;
  }
  return true;
}
