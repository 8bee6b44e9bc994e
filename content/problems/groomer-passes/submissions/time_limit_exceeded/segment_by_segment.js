// O(n * m): adds d to every segment of every pass; ~5 * 10^9 updates on secret/10-large-wide.
function solve(n, passes) {
  const depth = new Array(n).fill(0);
  for (const [l, r, d] of passes) for (let i = l; i <= r; i += 1) depth[i] += d;
  return depth;
}
