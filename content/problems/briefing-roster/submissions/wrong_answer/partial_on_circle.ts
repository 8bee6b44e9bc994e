// Mistake: returns the guides it managed to order even when a circle of rules blocks the rest.
// Caught by secret 02-guide-before-self (guide 0 is returned alone) and 07-circle-behind.
function solve(n: number, rules: number[][]): number[] {
  const after: number[][] = Array.from({ length: n }, () => []);
  const waiting = new Int32Array(n);
  for (const [a, b] of rules) {
    after[a].push(b);
    waiting[b] += 1;
  }
  const free: number[] = [];
  for (let g = 0; g < n; g += 1) if (waiting[g] === 0) free.push(g);
  const order: number[] = [];
  while (free.length > 0) {
    free.sort((x, y) => y - x);
    const u = free.pop()!;
    order.push(u);
    for (const v of after[u]) if (--waiting[v] === 0) free.push(v);
  }
  return order;
}
