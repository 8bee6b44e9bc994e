// Prefix counts of drifts: the window ending before metre i holds prefix[i] - prefix[i - k] drifts.
const lines = require('node:fs').readFileSync(0, 'utf8').split('\n');
const t = Number(lines[0]);
const out = [];
for (let c = 0; c < t; c += 1) {
  const [n, k] = lines[1 + 2 * c].split(' ').map(Number);
  const path = lines[2 + 2 * c];
  const prefix = new Int32Array(n + 1);
  for (let i = 0; i < n; i += 1) prefix[i + 1] = prefix[i] + (path.charCodeAt(i) === 35 ? 1 : 0);
  let best = k;
  for (let i = k; i <= n; i += 1) best = Math.min(best, prefix[i] - prefix[i - k]);
  out.push(best);
}
process.stdout.write(`${out.join('\n')}\n`);
