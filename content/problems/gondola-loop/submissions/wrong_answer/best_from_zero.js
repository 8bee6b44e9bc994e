// Mistake: Kadane with best and current seeded at 0, which allows the empty arc.
// Caught by sample/2 (answers 0, not -1) and secret/02-single-negative.
const data = require('node:fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const n = data[0];
const g = data.slice(1, 1 + n);
let total = 0;
let bestMax = 0;
let curMax = 0;
let bestMin = 0;
let curMin = 0;
for (const x of g) {
  total += x;
  curMax = Math.max(0, curMax + x);
  bestMax = Math.max(bestMax, curMax);
  curMin = Math.min(0, curMin + x);
  bestMin = Math.min(bestMin, curMin);
}
console.log(String(Math.max(bestMax, total - bestMin)));
