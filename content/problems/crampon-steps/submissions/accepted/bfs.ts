// BFS level by level: the frontier of squares at distance d, then d + 1.
function solve(grid: string[]): number {
  const rows = grid.length;
  const cols = grid[0].length;
  const seen: boolean[][] = grid.map((row) => Array.from(row, () => false));
  let frontier: [number, number][] = [];
  grid.forEach((row, r) => {
    const c = row.indexOf('S');
    if (c >= 0) {
      frontier.push([r, c]);
      seen[r][c] = true;
    }
  });
  for (let steps = 0; frontier.length > 0; steps += 1) {
    const next: [number, number][] = [];
    for (const [r, c] of frontier) {
      if (grid[r][c] === 'T') return steps;
      for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
        if (grid[nr][nc] === '#' || seen[nr][nc]) continue;
        seen[nr][nc] = true;
        next.push([nr, nc]);
      }
    }
    frontier = next;
  }
  return -1;
}
