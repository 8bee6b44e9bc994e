// The same idea as sorted events: a pass starts at l and stops after r; sweep the segments in order.
function solve(n: number, passes: number[][]): number[] {
  const starts = new Float64Array(n);
  const stops = new Float64Array(n);
  for (const [l, r, d] of passes) {
    starts[l] += d;
    stops[r] += d;
  }
  const out: number[] = [];
  let running = 0;
  for (let i = 0; i < n; i += 1) {
    running += starts[i];
    out.push(running);
    running -= stops[i];
  }
  return out;
}
