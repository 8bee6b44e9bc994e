// Mistake: one size counter for the whole map: the "largest" is the total slab seen so far.
// Caught by sample 1 (two fields of 3 report a largest of 6).
function solve(grid: string[]): number[] {
  const rows = grid.length;
  const cols = grid[0].length;
  const seen: boolean[][] = grid.map((row) => Array.from(row, () => false));
  let fields = 0;
  let largest = 0;
  let size = 0;
  for (let r = 0; r < rows; r += 1)
    for (let c = 0; c < cols; c += 1) {
      if (grid[r][c] !== '#' || seen[r][c]) continue;
      fields += 1;
      seen[r][c] = true;
      size += 1;
      const stack: [number, number][] = [[r, c]];
      while (stack.length > 0) {
        const [y, x] = stack.pop()!;
        for (const [ny, nx] of [[y + 1, x], [y - 1, x], [y, x + 1], [y, x - 1]]) {
          if (ny < 0 || ny >= rows || nx < 0 || nx >= cols || grid[ny][nx] !== '#' || seen[ny][nx]) continue;
          seen[ny][nx] = true;
          size += 1;
          stack.push([ny, nx]);
        }
      }
      largest = Math.max(largest, size);
    }
  return [fields, largest];
}
