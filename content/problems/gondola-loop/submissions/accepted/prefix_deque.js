// Prefix sums over the loop written twice; an arc ending at j starts after the smallest prefix among
// the last n positions, kept at the front of a monotonic deque. Sums stay below 2^53.
const data = require('node:fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const n = data[0];
const prefix = new Float64Array(2 * n + 1);
for (let i = 0; i < 2 * n; i += 1) prefix[i + 1] = prefix[i] + data[1 + (i % n)];
const deque = new Int32Array(2 * n + 1);
let head = 0;
let tail = 0;
deque[tail++] = 0;
let best = -Infinity;
for (let j = 1; j <= 2 * n; j += 1) {
  while (deque[head] < j - n) head += 1; // at most n cabins
  best = Math.max(best, prefix[j] - prefix[deque[head]]);
  while (tail > head && prefix[deque[tail - 1]] >= prefix[j]) tail -= 1;
  deque[tail++] = j;
}
console.log(String(best));
