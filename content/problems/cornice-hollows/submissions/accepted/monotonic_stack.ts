// A different route: a stack of falling ridges; a higher ridge closes the hollows layer by layer.
function solve(heights: number[]): number {
  const stack: number[] = [];
  let snow = 0;
  for (let i = 0; i < heights.length; i += 1) {
    while (stack.length > 0 && heights[stack[stack.length - 1]] < heights[i]) {
      const floor = heights[stack.pop() as number];
      if (stack.length === 0) break;
      const wall = stack[stack.length - 1];
      snow += (Math.min(heights[wall], heights[i]) - floor) * (i - wall - 1);
    }
    stack.push(i);
  }
  return snow;
}
