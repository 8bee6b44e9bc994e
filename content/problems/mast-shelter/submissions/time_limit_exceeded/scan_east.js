// O(n^2): looks east from every mast until a taller one; ~5 * 10^9 steps on 10^5 equal masts.
function solve(heights) {
  const n = heights.length;
  const shelter = new Array(n).fill(0);
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      if (heights[j] > heights[i]) {
        shelter[i] = j - i;
        break;
      }
    }
  }
  return shelter;
}
