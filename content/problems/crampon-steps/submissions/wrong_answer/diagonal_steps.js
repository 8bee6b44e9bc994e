// Mistake: eight neighbours, so the team also steps diagonally between crevasses.
// Caught by secret 05-diagonal-only (and 06-diagonal-shortcut).
function solve(grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  const dist = grid.map((row) => Array.from(row, () => -1));
  let queue = [];
  grid.forEach((row, r) => {
    if (row.includes('S')) {
      queue.push([r, row.indexOf('S')]);
      dist[r][row.indexOf('S')] = 0;
    }
  });
  for (let head = 0; head < queue.length; head += 1) {
    const [r, c] = queue[head];
    if (grid[r][c] === 'T') return dist[r][c];
    for (let dr = -1; dr <= 1; dr += 1)
      for (let dc = -1; dc <= 1; dc += 1) {
        const nr = r + dr;
        const nc = c + dc;
        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] === '#' || dist[nr][nc] >= 0) continue;
        dist[nr][nc] = dist[r][c] + 1;
        queue.push([nr, nc]);
      }
  }
  return -1;
}
