// Mistake: a pairwise round that only keeps merged pairs: with an odd number of convoys, the last
// one is dropped. Caught by sample/3 (one convoy: nothing is left) and secret/05-odd-count.
function mergeTwo(a, b) {
  const dummy = new ListNode(0, null);
  let tail = dummy;
  while (a !== null && b !== null) {
    if (a.val <= b.val) {
      tail.next = a;
      a = a.next;
    } else {
      tail.next = b;
      b = b.next;
    }
    tail = tail.next;
  }
  tail.next = a !== null ? a : b;
  return dummy.next;
}

function solve(convoys) {
  let round = convoys;
  while (round.length > 1) {
    const next = [];
    for (let i = 0; i + 1 < round.length; i += 2) next.push(mergeTwo(round[i], round[i + 1]));
    round = next;
  }
  return round.length === 1 && convoys.length % 2 === 0 ? round[0] : null;
}
