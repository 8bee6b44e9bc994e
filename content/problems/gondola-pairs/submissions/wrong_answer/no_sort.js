// Mistake: runs the two pointers on the riders in queue order; the pointers only make sense sorted.
// Caught by secret/05-unsorted.
function solve(weights, limit) {
  let light = 0;
  let heavy = weights.length - 1;
  let cabins = 0;
  while (light <= heavy) {
    if (light < heavy && weights[light] + weights[heavy] <= limit) light += 1;
    heavy -= 1;
    cabins += 1;
  }
  return cabins;
}
