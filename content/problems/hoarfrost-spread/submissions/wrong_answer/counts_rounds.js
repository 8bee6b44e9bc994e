// Mistake: counts BFS rounds, including the last one that freezes nothing: one minute too many.
// Caught by sample 1.
function solve(grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  const frozen = grid.map((row) => Array.from(row, (ch) => ch !== '.'));
  let water = 0;
  let frontier = [];
  grid.forEach((row, r) => {
    for (let c = 0; c < cols; c += 1) {
      if (row[c] === '*') frontier.push([r, c]);
      if (row[c] === '.') water += 1;
    }
  });
  if (water === 0) return 0;
  let rounds = 0;
  while (frontier.length > 0) {
    const next = [];
    for (const [r, c] of frontier)
      for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || frozen[nr][nc]) continue;
        frozen[nr][nc] = true;
        water -= 1;
        next.push([nr, nc]);
      }
    frontier = next;
    rounds += 1;
  }
  return water === 0 ? rounds : -1;
}
