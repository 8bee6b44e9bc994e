const input = require('fs').readFileSync(0, 'utf8');
let n = 0;
for (;;) n = (n + input.length) % 1000003;
