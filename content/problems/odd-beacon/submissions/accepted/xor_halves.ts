// XORs the high and low parts separately: each part fits in the 32-bit range of ^ (10^12 < 2^40).
function solve(pings: number[]): number {
  const SPLIT = 2 ** 30;
  let high = 0;
  let low = 0;
  for (const p of pings) {
    high ^= Math.floor(p / SPLIT);
    low ^= p % SPLIT;
  }
  return high * SPLIT + low;
}
