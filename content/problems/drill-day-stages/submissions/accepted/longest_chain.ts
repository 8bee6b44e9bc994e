// Iterative DFS with three colours: a grey drill met again is a loop; otherwise a drill's day is one
// more than the latest day among the drills it waits for (post-order on the reversed rules).
function solve(n: number, rules: number[][]): number {
  const before: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of rules) before[b].push(a);
  const colour = new Uint8Array(n); // 0 white, 1 grey, 2 black
  const day = new Int32Array(n);
  const next = new Int32Array(n);
  let answer = 0;
  for (let start = 0; start < n; start += 1) {
    if (colour[start]) continue;
    const stack = [start];
    colour[start] = 1;
    while (stack.length > 0) {
      const u = stack[stack.length - 1];
      if (next[u] < before[u].length) {
        const p = before[u][next[u]++];
        if (colour[p] === 1) return -1;
        if (colour[p] === 0) {
          colour[p] = 1;
          stack.push(p);
        }
        continue;
      }
      let latest = 0;
      for (const p of before[u]) latest = Math.max(latest, day[p]);
      day[u] = latest + 1;
      answer = Math.max(answer, day[u]);
      colour[u] = 2;
      stack.pop();
    }
  }
  return answer;
}
