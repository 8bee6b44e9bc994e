// BigInt throughout: day numbers beyond 2^53 are not exact as JavaScript numbers.
const data = require('node:fs').readFileSync(0, 'utf8').trim().split(/\s+/);
const t = Number(data[0]);

function upto(n) {
  let total = 0n;
  for (let i = 0n; 1n << i <= n; i += 1n) {
    const full = (n + 1n) >> (i + 1n);
    const rest = (n + 1n) & ((1n << (i + 1n)) - 1n);
    total += (full << i) + (rest > 1n << i ? rest - (1n << i) : 0n);
  }
  return total;
}

const out = [];
for (let q = 0; q < t; q += 1) {
  const l = BigInt(data[1 + 2 * q]);
  const r = BigInt(data[2 + 2 * q]);
  out.push(String(upto(r) - upto(l - 1n)));
}
process.stdout.write(`${out.join('\n')}\n`);
