// `need` counts what the window still lacks; `missing` is their total. A window of len(herd) letters
// with nothing missing holds exactly the herd's letters.
function solve(trail: string, herd: string): number[] {
  const m = herd.length;
  const need = new Int32Array(26);
  for (let i = 0; i < m; i += 1) need[herd.charCodeAt(i) - 97] += 1;
  let missing = m;
  const starts: number[] = [];
  for (let i = 0; i < trail.length; i += 1) {
    const c = trail.charCodeAt(i) - 97;
    if (need[c] > 0) missing -= 1;
    need[c] -= 1;
    if (i >= m) {
      const d = trail.charCodeAt(i - m) - 97;
      need[d] += 1;
      if (need[d] > 0) missing += 1;
    }
    if (i >= m - 1 && missing === 0) starts.push(i - m + 1);
  }
  return starts;
}
