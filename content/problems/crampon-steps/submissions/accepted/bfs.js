// BFS over cells numbered r * cols + c, with an array as the queue and a moving head (no shift()).
function solve(grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  const dist = new Int32Array(rows * cols).fill(-1);
  let start = 0;
  for (let r = 0; r < rows; r += 1) if (grid[r].includes('S')) start = r * cols + grid[r].indexOf('S');
  const queue = [start];
  dist[start] = 0;
  for (let head = 0; head < queue.length; head += 1) {
    const cell = queue[head];
    const r = Math.floor(cell / cols);
    const c = cell % cols;
    if (grid[r][c] === 'T') return dist[cell];
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] === '#') continue;
      const next = nr * cols + nc;
      if (dist[next] >= 0) continue;
      dist[next] = dist[cell] + 1;
      queue.push(next);
    }
  }
  return -1;
}
