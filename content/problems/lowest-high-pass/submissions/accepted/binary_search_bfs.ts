// Binary search on the height: are start and goal joined using only passes at most that high?
function solve(n: number, passes: number[][], start: number, goal: number): number {
  if (start === goal) return 0;
  const graph: [number, number][][] = Array.from({ length: n }, () => []);
  for (const [a, b, h] of passes) {
    graph[a].push([b, h]);
    graph[b].push([a, h]);
  }
  const joined = (limit: number): boolean => {
    const seen = new Uint8Array(n);
    const queue = [start];
    seen[start] = 1;
    for (let head = 0; head < queue.length; head += 1)
      for (const [v, h] of graph[queue[head]])
        if (h <= limit && !seen[v]) {
          seen[v] = 1;
          queue.push(v);
        }
    return seen[goal] === 1;
  };
  const heights = [...new Set(passes.map((p) => p[2]))].sort((x, y) => x - y);
  if (heights.length === 0 || !joined(heights[heights.length - 1])) return -1;
  let lo = 0;
  let hi = heights.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (joined(heights[mid])) hi = mid;
    else lo = mid + 1;
  }
  return heights[lo];
}
