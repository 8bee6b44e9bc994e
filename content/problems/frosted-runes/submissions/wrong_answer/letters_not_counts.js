// Mistake: only checks that every letter of the window occurs in the word, not how many times.
// Caught by sample/2 ("aaa" is accepted for "aab") and secret/07-too-many.
function solve(wall, word) {
  const inWord = new Set(word);
  const m = word.length;
  const out = [];
  let bad = 0; // letters of the window that are not in the word at all
  for (let i = 0; i < wall.length; i += 1) {
    if (wall[i] !== '*' && !inWord.has(wall[i])) bad += 1;
    if (i >= m && wall[i - m] !== '*' && !inWord.has(wall[i - m])) bad -= 1;
    if (i >= m - 1 && bad === 0) out.push(i - m + 1);
  }
  return out;
}
