// Prefix counts over the doubled ring: the window starting at s holds prefix[s + k] - prefix[s] sleds.
const lines = require('node:fs').readFileSync(0, 'utf8').split('\n');
const t = Number(lines[0]);
const out = [];
for (let c = 0; c < t; c += 1) {
  const n = Number(lines[1 + 2 * c]);
  const ring = lines[2 + 2 * c];
  const prefix = new Int32Array(2 * n + 1);
  for (let i = 0; i < 2 * n; i += 1) prefix[i + 1] = prefix[i] + (ring.charCodeAt(i % n) === 49 ? 1 : 0);
  const k = prefix[n];
  let best = 0;
  for (let s = 0; s < n; s += 1) best = Math.max(best, prefix[s + k] - prefix[s]);
  out.push(k - best);
}
process.stdout.write(`${out.join('\n')}\n`);
