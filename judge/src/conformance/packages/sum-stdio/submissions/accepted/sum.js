// CommonJS: a .js submission runs as main.js with no package.json around it.
const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
console.log(String(a + b));
