// Counts the pairs instead: every pair saves one cabin, so cabins = n - pairs.
function solve(weights: number[], limit: number): number {
  const order = [...weights].sort((a, b) => a - b);
  let pairs = 0;
  let light = 0;
  for (let heavy = order.length - 1; heavy > light; heavy -= 1) {
    if (order[light] + order[heavy] <= limit) {
      pairs += 1;
      light += 1;
    }
  }
  return order.length - pairs;
}
