// Mistake: the running sum starts at delta[1], so every change shows one segment late.
// Caught by sample/1.
function solve(n: number, passes: number[][]): number[] {
  const delta: number[] = new Array(n + 2).fill(0);
  for (const [l, r, d] of passes) {
    delta[l] += d;
    delta[r + 1] -= d;
  }
  const out: number[] = [];
  let running = 0;
  for (let i = 1; i <= n; i += 1) {
    running += delta[i];
    out.push(running);
  }
  return out;
}
