// exactly(k) = atMost(k) - atMost(k - 1). Reads all of stdin at once and parses numbers by hand.
const data = require('node:fs').readFileSync(0);
let pos = 0;
function next() {
  while (data[pos] < 48) pos += 1;
  let x = 0;
  while (pos < data.length && data[pos] >= 48) x = x * 10 + data[pos++] - 48;
  return x;
}
const seen = new Int32Array(200001);
function atMost(colours, k) {
  let distinct = 0;
  let left = 0;
  let total = 0;
  for (let right = 0; right < colours.length; right += 1) {
    if (seen[colours[right]]++ === 0) distinct += 1;
    while (distinct > k) if (--seen[colours[left++]] === 0) distinct -= 1;
    total += right - left + 1;
  }
  for (let i = left; i < colours.length; i += 1) seen[colours[i]] = 0;
  return total;
}
const t = next();
const out = [];
for (let c = 0; c < t; c += 1) {
  const n = next();
  const k = next();
  const colours = new Int32Array(n);
  for (let i = 0; i < n; i += 1) colours[i] = next();
  out.push(atMost(colours, k) - atMost(colours, k - 1));
}
process.stdout.write(`${out.join('\n')}\n`);
