// Prefix sums stay below 2^53 (at most 2 * 10^14 in size), so plain numbers are exact; the deque is
// an Int32Array with head and tail indices.
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const k = data[1];
const prefix = new Float64Array(n + 1);
for (let i = 1; i <= n; i++) prefix[i] = prefix[i - 1] + data[1 + i];
const dq = new Int32Array(n + 1);
let head = 0;
let tail = 0;
dq[tail++] = 0;
let best = n + 1;
for (let j = 1; j <= n; j++) {
  while (head < tail && prefix[j] - prefix[dq[head]] >= k) {
    best = Math.min(best, j - dq[head]);
    head++;
  }
  while (head < tail && prefix[dq[tail - 1]] >= prefix[j]) tail--;
  dq[tail++] = j;
}
console.log(best <= n ? best : -1);
