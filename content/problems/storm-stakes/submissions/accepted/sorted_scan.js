// Sorts the stakes and scans for runs of +1 steps; repeated reports are skipped, not breaks.
const data = require('node:fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const n = data[0];
const v = Float64Array.from(data.slice(1, 1 + n)).sort();
let bestLen = 0;
let bestStart = 0;
let start = v[0];
let len = 1;
for (let i = 1; i <= n; i += 1) {
  if (i < n && v[i] === v[i - 1]) continue;
  if (i < n && v[i] === v[i - 1] + 1) {
    len += 1;
    continue;
  }
  if (len > bestLen) {
    bestLen = len; // ascending starts: a strictly longer run is needed to replace a tie
    bestStart = start;
  }
  if (i < n) {
    start = v[i];
    len = 1;
  }
}
console.log(`${bestLen} ${bestStart}`);
