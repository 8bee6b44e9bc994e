// Mistake: ^ on JavaScript numbers works on 32 bits: serial numbers above 2^31 are cut down.
// Caught by sample/3 (5000000000 becomes 705032704) and secret/07-above-32-bits.
function solve(pings) {
  let result = 0;
  for (const p of pings) result ^= p;
  return result;
}
