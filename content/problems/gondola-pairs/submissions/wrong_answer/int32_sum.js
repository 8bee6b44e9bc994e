// JavaScript trap: "| 0" makes the pair's weight a 32-bit integer; 3.1 * 10^9 wraps to a negative
// number and two heavy riders share a cabin. Caught by secret/09-sum-past-32-bits.
function solve(weights, limit) {
  const order = [...weights].sort((a, b) => a - b);
  let light = 0;
  let heavy = order.length - 1;
  let cabins = 0;
  while (light <= heavy) {
    if (light < heavy && ((order[light] + order[heavy]) | 0) <= limit) light += 1;
    heavy -= 1;
    cabins += 1;
  }
  return cabins;
}
