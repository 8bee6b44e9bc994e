// For each climber, count the partners after it (in sorted order) whose weight lies in
// [lo - w, hi - w] with two binary searches: O(n log n).
const data = require('node:fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
let pos = 0;
const t = data[pos++];
function firstAtLeast(w, from, value) {
  let a = from;
  let b = w.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (w[m] < value) a = m + 1;
    else b = m;
  }
  return a;
}
const out = [];
for (let c = 0; c < t; c += 1) {
  const n = data[pos++];
  const lo = data[pos++];
  const hi = data[pos++];
  const w = Float64Array.from(data.slice(pos, pos + n)).sort();
  pos += n;
  let pairs = 0;
  for (let i = 0; i < n; i += 1) pairs += firstAtLeast(w, i + 1, hi - w[i] + 1) - firstAtLeast(w, i + 1, lo - w[i]);
  out.push(pairs);
}
process.stdout.write(`${out.join('\n')}\n`);
