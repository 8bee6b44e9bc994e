// A leader k % n steps ahead of a follower: when the leader reaches the tail, the follower is the new tail.
function solve(head, k) {
  if (head === null) return null;
  let n = 0;
  for (let node = head; node !== null; node = node.next) n += 1;
  const shift = k % n;
  if (shift === 0) return head;
  let leader = head;
  let follower = head;
  for (let i = 0; i < shift; i += 1) leader = leader.next;
  while (leader.next !== null) {
    leader = leader.next;
    follower = follower.next;
  }
  const newHead = follower.next;
  follower.next = null;
  leader.next = head;
  return newHead;
}
