// Binary search on the answer, with the greedy check: place a hut at the first site, then at every
// site at least d past the last hut.
const data = require('node:fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const [n, k] = data;
const xs = Float64Array.from(data.slice(2, 2 + n)).sort();

function fits(d) {
  let count = 1;
  let last = xs[0];
  for (let i = 1; i < n && count < k; i += 1) {
    if (xs[i] - last >= d) {
      count += 1;
      last = xs[i];
    }
  }
  return count >= k;
}

let lo = 1;
let hi = xs[n - 1] - xs[0];
while (lo < hi) {
  const mid = lo + Math.ceil((hi - lo) / 2);
  if (fits(mid)) lo = mid;
  else hi = mid - 1;
}
console.log(lo);
