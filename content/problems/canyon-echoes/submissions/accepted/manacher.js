// Manacher over the call with separators, on character codes; the count stays below 2^53.
const [nText, call] = require('node:fs').readFileSync(0, 'utf8').trim().split(/\s+/);
const n = Number(nText);
const m = 2 * n + 3;
const t = new Int32Array(m); // ^ # c1 # c2 # ... # $ as codes: -1, 0, letters, 0, ..., -2
t[0] = -1;
t[m - 1] = -2;
for (let i = 0; i < n; i += 1) t[2 * i + 2] = call.charCodeAt(i);
const p = new Int32Array(m);
let center = 0;
let right = 0;
let total = 0;
for (let i = 1; i < m - 1; i += 1) {
  if (i < right) p[i] = Math.min(right - i, p[2 * center - i]);
  while (t[i + p[i] + 1] === t[i - p[i] - 1]) p[i] += 1;
  if (i + p[i] > right) {
    center = i;
    right = i + p[i];
  }
  total += (p[i] + 1) >> 1;
}
console.log(String(total));
