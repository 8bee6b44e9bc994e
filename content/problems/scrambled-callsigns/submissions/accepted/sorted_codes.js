// Keys by the sign's character codes, sorted (at most 8, by insertion); prints the groups
// last-first and each group's calls backwards, which the checker accepts like any other order.
const lines = require('node:fs').readFileSync(0, 'utf8').split('\n');
const n = Number(lines[0]);
const byKey = new Map();
const codes = [];
for (let i = 1; i <= n; i += 1) {
  const sign = lines[i].trim();
  codes.length = 0;
  for (let j = 0; j < sign.length; j += 1) {
    const c = sign.charCodeAt(j);
    let at = codes.length;
    while (at > 0 && codes[at - 1] > c) {
      codes[at] = codes[at - 1];
      at -= 1;
    }
    codes[at] = c;
  }
  const key = String.fromCharCode(...codes);
  const calls = byKey.get(key);
  if (calls === undefined) byKey.set(key, [i]);
  else calls.push(i);
}
const out = [String(byKey.size)];
for (const calls of [...byKey.values()].reverse()) out.push(`${calls.length} ${calls.reverse().join(' ')}`);
process.stdout.write(`${out.join('\n')}\n`);
