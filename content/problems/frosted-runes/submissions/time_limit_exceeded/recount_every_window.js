// O(len(wall) * len(word)): counts every window from scratch; 2.5 * 10^9 characters on
// secret/12-large-long-word.
function solve(wall, word) {
  const m = word.length;
  const need = new Int32Array(26);
  for (let i = 0; i < m; i += 1) need[word.charCodeAt(i) - 97] += 1;
  const out = [];
  for (let start = 0; start + m <= wall.length; start += 1) {
    const have = new Int32Array(26);
    let fits = true;
    for (let i = start; i < start + m && fits; i += 1) {
      const c = wall.charCodeAt(i);
      if (c !== 42 && ++have[c - 97] > need[c - 97]) fits = false;
    }
    if (fits) out.push(start);
  }
  return out;
}
