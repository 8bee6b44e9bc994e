// A window of len(word) characters slides along the wall; `over` counts the letters above quota.
function solve(wall, word) {
  const n = wall.length;
  const m = word.length;
  if (m > n) return [];
  const need = new Int32Array(26);
  for (let i = 0; i < m; i += 1) need[word.charCodeAt(i) - 97] += 1;
  const have = new Int32Array(26);
  let over = 0;
  const move = (code, delta) => {
    if (code === 42) return; // '*', frost
    const c = code - 97;
    if (delta > 0 && ++have[c] === need[c] + 1) over += 1;
    if (delta < 0 && --have[c] === need[c]) over -= 1;
  };
  for (let i = 0; i < m; i += 1) move(wall.charCodeAt(i), 1);
  const out = over === 0 ? [0] : [];
  for (let i = m; i < n; i += 1) {
    move(wall.charCodeAt(i), 1);
    move(wall.charCodeAt(i - m), -1);
    if (over === 0) out.push(i - m + 1);
  }
  return out;
}
