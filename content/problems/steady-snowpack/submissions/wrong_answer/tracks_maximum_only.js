// Mistake: compares the window's maximum with the depth of its FIRST day instead of its minimum.
// Caught by secret/06-minimum-breaks-it.
function solve(depths, d) {
  const highs = [];
  let hf = 0;
  let left = 0;
  let best = 0;
  for (let right = 0; right < depths.length; right += 1) {
    while (highs.length > hf && depths[highs[highs.length - 1]] <= depths[right]) highs.pop();
    highs.push(right);
    while (depths[highs[hf]] - depths[left] > d || depths[highs[hf]] - depths[right] > d) {
      left += 1;
      if (highs[hf] < left) hf += 1;
    }
    best = Math.max(best, right - left + 1);
  }
  return best;
}
