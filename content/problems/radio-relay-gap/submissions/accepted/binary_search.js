// Sort the second list; for each value of the first, binary-search its neighbours in it.
const data = require('node:fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
let pos = 0;
const t = data[pos++];
const out = [];
for (let c = 0; c < t; c += 1) {
  const n = data[pos++];
  const m = data[pos++];
  const a = data.slice(pos, pos + n);
  pos += n;
  const b = Float64Array.from(data.slice(pos, pos + m)).sort();
  pos += m;
  let best = Infinity;
  for (const x of a) {
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo < m) best = Math.min(best, b[lo] - x);
    if (lo > 0) best = Math.min(best, x - b[lo - 1]);
  }
  out.push(best);
}
process.stdout.write(`${out.join('\n')}\n`);
