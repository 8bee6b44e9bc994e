// Union-find keyed by "r,c" strings: only frozen squares take memory.
function solve(rows: number, cols: number, freezes: number[][]): number[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    while (x !== root) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  let sheets = 0;
  const out: number[] = [];
  for (const [r, c] of freezes) {
    const key = `${r},${c}`;
    if (!parent.has(key)) {
      parent.set(key, key);
      sheets += 1;
      for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
        const other = `${nr},${nc}`;
        if (!parent.has(other)) continue; // outside the grid or open water: never in the map
        const a = find(key);
        const b = find(other);
        if (a !== b) {
          parent.set(a, b);
          sheets -= 1;
        }
      }
    }
    out.push(sheets);
  }
  return out;
}
