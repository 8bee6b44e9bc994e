// JavaScript trap: sort() without a comparator orders numbers as strings ("100" before "60").
// Caught by the random tests (secret/10-small-random holds weights of 100 and of 9).
function solve(weights: number[], limit: number): number {
  const order = [...weights].sort();
  let light = 0;
  let heavy = order.length - 1;
  let cabins = 0;
  while (light <= heavy) {
    if (light < heavy && order[light] + order[heavy] <= limit) light += 1;
    heavy -= 1;
    cabins += 1;
  }
  return cabins;
}
