// Multi-source BFS ring by ring: the frontier holds the squares that froze in the last minute.
function solve(grid: string[]): number {
  const rows = grid.length;
  const cols = grid[0].length;
  const frozen = grid.map((row) => Array.from(row, (ch) => ch !== '.'));
  let water = grid.reduce((sum, row) => sum + [...row].filter((ch) => ch === '.').length, 0);
  let frontier: [number, number][] = [];
  grid.forEach((row, r) => {
    for (let c = 0; c < cols; c += 1) if (row[c] === '*') frontier.push([r, c]);
  });
  let minutes = 0;
  while (water > 0) {
    const next: [number, number][] = [];
    for (const [r, c] of frontier)
      for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || frozen[nr][nc]) continue;
        frozen[nr][nc] = true;
        water -= 1;
        next.push([nr, nc]);
      }
    if (next.length === 0) return -1; // water is left but the frost has stopped spreading
    frontier = next;
    minutes += 1;
  }
  return minutes;
}
