// JavaScript trap: "| 0" keeps the count a 32-bit integer; 5 * 10^9 stretches wrap.
// Caught by secret/12-large-all-zero.
function solve(changes: number[], k: number): number {
  const seen = new Map<number, number>([[0, 1]]);
  let prefix = 0;
  let count = 0;
  for (const c of changes) {
    prefix += c;
    count = (count + (seen.get(prefix - k) ?? 0)) | 0;
    seen.set(prefix, (seen.get(prefix) ?? 0) + 1);
  }
  return count;
}
