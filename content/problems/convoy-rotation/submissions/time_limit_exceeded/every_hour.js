// Simulates all k hours on a ring without reducing k modulo n: up to 10^9 steps.
function solve(head, k) {
  if (head === null) return null;
  let tail = head;
  let n = 1;
  while (tail.next !== null) {
    tail = tail.next;
    n += 1;
  }
  tail.next = head; // close the ring; moving the last sled to the front = stepping the tail back
  // Stepping back one is stepping forward n - 1: do that once per hour.
  let newTail = tail;
  for (let hour = 0; hour < k; hour += 1) for (let s = 0; s < n - 1; s += 1) newTail = newTail.next;
  const newHead = newTail.next;
  newTail.next = null;
  return newHead;
}
