// Backward DP: ok[i] says whether text[i..] splits; the word chosen at i is remembered. Walking the
// text from i against a trie (objects keyed by letter) finds every word that starts there.
const lines = require("fs").readFileSync(0, "utf8").split("\n");
const words = lines[1].split(" ");
const text = lines[2].trim();
const trie = [new Map()];
const isEnd = [false];
for (const w of words) {
  let node = 0;
  for (const ch of w) {
    let next = trie[node].get(ch);
    if (next === undefined) {
      next = trie.length;
      trie.push(new Map());
      isEnd.push(false);
      trie[node].set(ch, next);
    }
    node = next;
  }
  isEnd[node] = true;
}
const n = text.length;
const next = new Int32Array(n + 1).fill(-1); // next[i]: end of the first word of a split of text[i..]
next[n] = n;
for (let i = n - 1; i >= 0; i--) {
  let node = 0;
  for (let j = i; j < n; j++) {
    node = trie[node].get(text[j]);
    if (node === undefined) break;
    if (isEnd[node] && next[j + 1] >= 0) {
      next[i] = j + 1;
      break;
    }
  }
}
if (next[0] < 0) {
  process.stdout.write("NONE\n");
} else {
  const pieces = [];
  for (let i = 0; i < n; i = next[i]) pieces.push(text.slice(i, next[i]));
  process.stdout.write(pieces.join(" ") + "\n");
}
