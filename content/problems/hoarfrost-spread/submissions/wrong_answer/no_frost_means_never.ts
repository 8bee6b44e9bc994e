// Mistake: answers -1 whenever nothing is frozen at the start, even when there is no water either.
// Caught by secret 03-one-rock (and 04-rocks-only): nothing has to freeze, so the answer is 0.
function solve(grid: string[]): number {
  const rows = grid.length;
  const cols = grid[0].length;
  const minute: number[][] = grid.map((row) => Array.from(row, () => -1));
  const queue: [number, number][] = [];
  grid.forEach((row, r) => {
    for (let c = 0; c < cols; c += 1)
      if (row[c] === '*') {
        minute[r][c] = 0;
        queue.push([r, c]);
      }
  });
  if (queue.length === 0) return -1;
  let last = 0;
  for (let head = 0; head < queue.length; head += 1) {
    const [r, c] = queue[head];
    last = minute[r][c];
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] !== '.' || minute[nr][nc] >= 0) continue;
      minute[nr][nc] = last + 1;
      queue.push([nr, nc]);
    }
  }
  for (let r = 0; r < rows; r += 1) for (let c = 0; c < cols; c += 1) if (grid[r][c] === '.' && minute[r][c] < 0) return -1;
  return last;
}
