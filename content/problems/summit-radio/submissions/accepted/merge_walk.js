// Two pointers over the two sorted shift lists. Times fit in a double exactly (below 2^53).
const data = require('node:fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
let pos = 0;
const t = data[pos++];
const out = [];
for (let c = 0; c < t; c += 1) {
  const n = data[pos++];
  const m = data[pos++];
  const a = data.slice(pos, pos + 2 * n);
  pos += 2 * n;
  const b = data.slice(pos, pos + 2 * m);
  pos += 2 * m;
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < 2 * n && j < 2 * m) {
    const start = Math.max(a[i], b[j]);
    const end = Math.min(a[i + 1], b[j + 1]);
    if (start < end) total += end - start;
    if (a[i + 1] < b[j + 1]) i += 2;
    else j += 2;
  }
  out.push(total);
}
process.stdout.write(`${out.join('\n')}\n`);
