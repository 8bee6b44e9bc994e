// Mistake: a hut's time is final the first time it is pushed. Caught by sample 1 (hut 1 is pushed at
// 10 before the route through hut 2 lowers it to 7) and secret 07-lowered-later.
function solve(n, links) {
  const graph = Array.from({ length: n }, () => []);
  for (const [a, b, t] of links) graph[a].push([b, t]);
  const time = new Array(n).fill(-1);
  time[0] = 0;
  const heap = [[0, 0]];
  while (heap.length > 0) {
    heap.sort((x, y) => y[0] - x[0]);
    const [now, u] = heap.pop();
    for (const [v, t] of graph[u])
      if (time[v] < 0) {
        time[v] = now + t;
        heap.push([now + t, v]);
      }
  }
  return time;
}
