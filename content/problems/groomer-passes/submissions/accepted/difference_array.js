// Two point updates per pass, then one running sum down the piste.
function solve(n, passes) {
  const delta = new Array(n + 1).fill(0);
  for (const [l, r, d] of passes) {
    delta[l] += d;
    delta[r + 1] -= d;
  }
  const out = new Array(n);
  let running = 0;
  for (let i = 0; i < n; i += 1) {
    running += delta[i];
    out[i] = running;
  }
  return out;
}
