// Mistake: only '.' counts as safe ice, so the hut square T itself is never entered: always -1.
// Caught by sample 1 (any test where T is reachable).
function solve(grid: string[]): number {
  const rows = grid.length;
  const cols = grid[0].length;
  const dist = new Map<number, number>();
  let start = 0;
  grid.forEach((row, r) => {
    if (row.includes('S')) start = r * cols + row.indexOf('S');
  });
  dist.set(start, 0);
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const cell = queue[head];
    const r = Math.floor(cell / cols);
    const c = cell % cols;
    if (grid[r][c] === 'T') return dist.get(cell)!;
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] !== '.') continue;
      if (dist.has(nr * cols + nc)) continue;
      dist.set(nr * cols + nc, dist.get(cell)! + 1);
      queue.push(nr * cols + nc);
    }
  }
  return -1;
}
