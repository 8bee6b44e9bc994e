const { total } = require('./total.js');

console.log(String(total(require('node:fs').readFileSync(0, 'utf8'))));
