// Mistake: the follower starts at the head instead of a node in front of it, so it ends on the k-th
// sledge from the back and removes the one behind it, the (k - 1)-th (for k = 1 there is none, and
// nothing is removed). Caught by sample/1 and secret/04-last.
function solve(head, k) {
  let leader = head;
  for (let i = 0; i < k; i += 1) {
    if (leader === null) return head;
    leader = leader.next;
  }
  let follower = head;
  while (leader !== null) {
    leader = leader.next;
    follower = follower.next;
  }
  if (follower.next !== null) follower.next = follower.next.next;
  return head;
}
