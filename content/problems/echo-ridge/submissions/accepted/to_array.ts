// O(n) memory instead of O(1): copy the values, then two indices from both ends.
function solve(head: { val: number; next: unknown } | null): boolean {
  const values: number[] = [];
  for (let node = head as { val: number; next: unknown } | null; node !== null; node = node.next as typeof node) values.push(node.val);
  for (let i = 0, j = values.length - 1; i < j; i += 1, j -= 1) if (values[i] !== values[j]) return false;
  return true;
}
