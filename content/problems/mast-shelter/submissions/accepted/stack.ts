function solve(heights: number[]): number[] {
  const shelter: number[] = new Array(heights.length).fill(0);
  const waiting: number[] = [];
  for (let i = 0; i < heights.length; i += 1) {
    while (waiting.length > 0 && heights[waiting[waiting.length - 1]] < heights[i]) {
      const j = waiting.pop() as number;
      shelter[j] = i - j;
    }
    waiting.push(i);
  }
  return shelter;
}
