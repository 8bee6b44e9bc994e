// Mistake: no check for a square that is already ice: listing it again adds a sheet (and re-roots it).
// Caught by secret 02-one-square-twice.
function solve(rows: number, cols: number, freezes: number[][]): number[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  let sheets = 0;
  const out: number[] = [];
  for (const [r, c] of freezes) {
    const key = `${r},${c}`;
    parent.set(key, key);
    sheets += 1;
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      const other = `${nr},${nc}`;
      if (!parent.has(other)) continue;
      const a = find(key);
      const b = find(other);
      if (a !== b) {
        parent.set(a, b);
        sheets -= 1;
      }
    }
    out.push(sheets);
  }
  return out;
}
