// Mistake: a sorted scan that only records a run when a gap ends it, so the run reaching the
// largest number is never recorded. Caught by secret/03-repeats-inside and secret/06-ends-at-max.
const data = require('node:fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const n = data[0];
const v = [...new Set(data.slice(1, 1 + n))].sort((a, b) => a - b);
let bestLen = 1;
let bestStart = v[0];
let start = v[0];
let len = 1;
for (let i = 1; i < v.length; i += 1) {
  if (v[i] === v[i - 1] + 1) {
    len += 1;
  } else {
    if (len > bestLen) {
      bestLen = len;
      bestStart = start;
    }
    start = v[i];
    len = 1;
  }
}
console.log(`${bestLen} ${bestStart}`);
