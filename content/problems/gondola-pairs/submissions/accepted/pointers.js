// Sort numerically (a plain sort() compares as strings), then pair from both ends.
function solve(weights, limit) {
  const order = Float64Array.from(weights).sort();
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
