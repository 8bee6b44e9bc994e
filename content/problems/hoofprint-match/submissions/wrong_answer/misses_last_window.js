// Off by one: slides while i < trail.length - 1, so the window ending at the last print is never
// checked. Caught by sample 1 and secret/05-match-at-the-end.
function solve(trail, herd) {
  const m = herd.length;
  if (m > trail.length) return [];
  const want = new Int32Array(26);
  const have = new Int32Array(26);
  for (let i = 0; i < m; i += 1) {
    want[herd.charCodeAt(i) - 97] += 1;
    have[trail.charCodeAt(i) - 97] += 1;
  }
  const same = () => want.every((v, k) => v === have[k]);
  const starts = same() ? [0] : [];
  for (let i = m; i < trail.length - 1; i += 1) {
    have[trail.charCodeAt(i) - 97] += 1;
    have[trail.charCodeAt(i - m) - 97] -= 1;
    if (same()) starts.push(i - m + 1);
  }
  return starts;
}
