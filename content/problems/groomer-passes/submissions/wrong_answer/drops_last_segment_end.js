// Mistake: a delta of only n slots, and passes reaching the last segment are skipped to dodge the
// index r + 1 = n, so they are lost entirely. Caught by sample/1 and secret/01-single-segment.
function solve(n, passes) {
  const delta = new Array(n).fill(0);
  for (const [l, r, d] of passes) {
    if (r + 1 >= n) continue;
    delta[l] += d;
    delta[r + 1] -= d;
  }
  const out = [];
  let running = 0;
  for (let i = 0; i < n; i += 1) {
    running += delta[i];
    out.push(running);
  }
  return out;
}
