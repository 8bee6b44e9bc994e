// Multi-source BFS over cells r * cols + c; the queue is an array read from a moving head.
function solve(grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  const minute = new Int32Array(rows * cols).fill(-1);
  const queue = [];
  let water = 0;
  for (let r = 0; r < rows; r += 1)
    for (let c = 0; c < cols; c += 1) {
      if (grid[r][c] === '*') {
        minute[r * cols + c] = 0;
        queue.push(r * cols + c);
      } else if (grid[r][c] === '.') water += 1;
    }
  let last = 0;
  for (let head = 0; head < queue.length; head += 1) {
    const cell = queue[head];
    const r = Math.floor(cell / cols);
    const c = cell % cols;
    last = minute[cell];
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] !== '.') continue;
      if (minute[nr * cols + nc] >= 0) continue;
      minute[nr * cols + nc] = last + 1;
      water -= 1;
      queue.push(nr * cols + nc);
    }
  }
  return water === 0 ? last : -1;
}
