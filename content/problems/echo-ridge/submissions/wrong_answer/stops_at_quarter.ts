// Off by one in the loop bound: compares only the first quarter with the last quarter (i < n / 4),
// mixing up the halves with the number of pairs. Caught by secret/06-inner-pair-differs.
function solve(head: { val: number; next: unknown } | null): boolean {
  const values: number[] = [];
  for (let node = head as { val: number; next: unknown } | null; node !== null; node = node.next as typeof node) values.push(node.val);
  const n = values.length;
  for (let i = 0; i < Math.floor(n / 4) + 1 && i < n; i += 1) if (values[i] !== values[n - 1 - i]) return false;
  return true;
}
