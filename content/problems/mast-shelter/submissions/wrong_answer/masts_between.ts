// Off by one: counts the masts strictly between a mast and its shelter (j - i - 1).
function solve(heights: number[]): number[] {
  const shelter: number[] = new Array(heights.length).fill(0);
  const waiting: number[] = [];
  for (let i = 0; i < heights.length; i += 1) {
    while (waiting.length > 0 && heights[waiting[waiting.length - 1]] < heights[i]) {
      const j = waiting.pop() as number;
      shelter[j] = i - j - 1;
    }
    waiting.push(i);
  }
  return shelter;
}
