// The same components found breadth-first: any complete flood of a field works.
function solve(grid: string[]): number[] {
  const rows = grid.length;
  const cols = grid[0].length;
  const seen = new Uint8Array(rows * cols);
  let fields = 0;
  let largest = 0;
  for (let start = 0; start < rows * cols; start += 1) {
    if (grid[Math.floor(start / cols)][start % cols] !== '#' || seen[start]) continue;
    fields += 1;
    seen[start] = 1;
    const queue = [start];
    for (let head = 0; head < queue.length; head += 1) {
      const r = Math.floor(queue[head] / cols);
      const c = queue[head] % cols;
      for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] !== '#' || seen[nr * cols + nc]) continue;
        seen[nr * cols + nc] = 1;
        queue.push(nr * cols + nc);
      }
    }
    largest = Math.max(largest, queue.length);
  }
  return [fields, largest];
}
