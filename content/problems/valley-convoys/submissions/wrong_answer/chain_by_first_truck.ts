// Mistake: sorts the convoys by their first truck and chains them whole, as if convoys never
// overlapped in time. Caught by sample/1 and secret/08-interleaved.
declare class ListNode {
  val: number;
  next: ListNode | null;
}

function solve(convoys: (ListNode | null)[]): ListNode | null {
  const nonEmpty = convoys.filter((c): c is ListNode => c !== null).sort((a, b) => a.val - b.val);
  for (let i = 0; i + 1 < nonEmpty.length; i += 1) {
    let last = nonEmpty[i];
    while (last.next !== null) last = last.next;
    last.next = nonEmpty[i + 1];
  }
  return nonEmpty.length > 0 ? nonEmpty[0] : null;
}
