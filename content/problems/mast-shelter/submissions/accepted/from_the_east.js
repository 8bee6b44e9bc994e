// Right to left: the stack holds the candidate shelters east of i, strictly taller from top to bottom.
function solve(heights) {
  const shelter = new Array(heights.length).fill(0);
  const candidates = [];
  for (let i = heights.length - 1; i >= 0; i -= 1) {
    while (candidates.length > 0 && heights[candidates[candidates.length - 1]] <= heights[i]) candidates.pop();
    if (candidates.length > 0) shelter[i] = candidates[candidates.length - 1] - i;
    candidates.push(i);
  }
  return shelter;
}
