// XOR with BigInt: Number's ^ would cut serial numbers above 2^31 down to 32 bits.
function solve(pings) {
  let result = 0n;
  for (const p of pings) result ^= BigInt(p);
  return Number(result);
}
