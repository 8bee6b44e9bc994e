// Mistake: numbers the calls from 0. Caught by sample/1 (call 0 does not exist).
const lines = require('node:fs').readFileSync(0, 'utf8').split('\n');
const n = Number(lines[0]);
const byKey = new Map();
for (let i = 0; i < n; i += 1) {
  const key = lines[i + 1].trim().split('').sort().join('');
  if (!byKey.has(key)) byKey.set(key, []);
  byKey.get(key).push(i);
}
const out = [String(byKey.size)];
for (const calls of byKey.values()) out.push(`${calls.length} ${calls.join(' ')}`);
process.stdout.write(`${out.join('\n')}\n`);
