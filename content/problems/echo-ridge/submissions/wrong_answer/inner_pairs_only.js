// Off by one: the two indices start one step in from each end, so the outermost pair is never
// compared. Caught by secret/04-two-different and secret/05-ends-differ.
function solve(head) {
  const values = [];
  for (let node = head; node !== null; node = node.next) values.push(node.val);
  for (let i = 1, j = values.length - 2; i < j; i += 1, j -= 1) if (values[i] !== values[j]) return false;
  return true;
}
