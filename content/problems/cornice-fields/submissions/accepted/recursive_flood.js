// Recursive flood: the judge runs JavaScript on a 64 MiB stack, deep enough for a band of 5 * 10^4
// squares (Node's default stack would overflow near 10^4 calls).
function solve(grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  const seen = new Uint8Array(rows * cols);
  const flood = (r, c) => {
    if (r < 0 || r >= rows || c < 0 || c >= cols) return 0;
    if (grid[r][c] !== '#' || seen[r * cols + c]) return 0;
    seen[r * cols + c] = 1;
    return 1 + flood(r + 1, c) + flood(r - 1, c) + flood(r, c + 1) + flood(r, c - 1);
  };
  let fields = 0;
  let largest = 0;
  for (let r = 0; r < rows; r += 1)
    for (let c = 0; c < cols; c += 1)
      if (grid[r][c] === '#' && !seen[r * cols + c]) {
        fields += 1;
        largest = Math.max(largest, flood(r, c));
      }
  return [fields, largest];
}
