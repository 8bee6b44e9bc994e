// Mistake: plain JavaScript numbers: day numbers and sums beyond 2^53 are rounded.
// Caught by secret/02-single-days (day 10^17 is not exact) and secret/06-past-2-53.
const data = require('node:fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const t = data[0];

function upto(n) {
  let total = 0;
  for (let i = 0; 2 ** i <= n; i += 1) {
    const period = 2 ** (i + 1);
    const half = 2 ** i;
    const full = Math.floor((n + 1) / period);
    const rest = (n + 1) % period;
    total += full * half + Math.max(0, rest - half);
  }
  return total;
}

const out = [];
for (let q = 0; q < t; q += 1) out.push(String(upto(data[2 + 2 * q]) - upto(data[1 + 2 * q] - 1)));
process.stdout.write(`${out.join('\n')}\n`);
