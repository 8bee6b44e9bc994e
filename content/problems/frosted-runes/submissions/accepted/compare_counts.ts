// Slides the window and compares all 26 counts with the word's at each position: O(26) per window.
function solve(wall: string, word: string): number[] {
  const n = wall.length;
  const m = word.length;
  const out: number[] = [];
  if (m > n) return out;
  const need = new Int32Array(26);
  for (let i = 0; i < m; i += 1) need[word.charCodeAt(i) - 97] += 1;
  const have = new Int32Array(26);
  const add = (i: number, d: number) => {
    const c = wall.charCodeAt(i);
    if (c !== 42) have[c - 97] += d;
  };
  for (let i = 0; i < m; i += 1) add(i, 1);
  for (let start = 0; ; start += 1) {
    let fits = true;
    for (let c = 0; c < 26 && fits; c += 1) fits = have[c] <= need[c];
    if (fits) out.push(start);
    if (start + m >= n) break;
    add(start + m, 1);
    add(start, -1);
  }
  return out;
}
