// Mistake: eight neighbours, so squares touching at a corner join one field. Caught by sample 2.
function solve(grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  const seen = grid.map((row) => Array.from(row, () => false));
  let fields = 0;
  let largest = 0;
  for (let r = 0; r < rows; r += 1)
    for (let c = 0; c < cols; c += 1) {
      if (grid[r][c] !== '#' || seen[r][c]) continue;
      fields += 1;
      seen[r][c] = true;
      const stack = [[r, c]];
      let size = 1;
      while (stack.length > 0) {
        const [y, x] = stack.pop();
        for (let dy = -1; dy <= 1; dy += 1)
          for (let dx = -1; dx <= 1; dx += 1) {
            const ny = y + dy;
            const nx = x + dx;
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
