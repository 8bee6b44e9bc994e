// Mistake: drops rules [a, a] as meaningless, so a drill required before itself looks fine.
// Caught by secret 02-drill-before-itself.
function solve(n: number, rules: number[][]): number {
  const after: number[][] = Array.from({ length: n }, () => []);
  const waiting = new Int32Array(n);
  for (const [a, b] of rules) {
    if (a === b) continue;
    after[a].push(b);
    waiting[b] += 1;
  }
  let today: number[] = [];
  for (let d = 0; d < n; d += 1) if (waiting[d] === 0) today.push(d);
  let days = 0;
  let scheduled = 0;
  while (today.length > 0) {
    days += 1;
    scheduled += today.length;
    const tomorrow: number[] = [];
    for (const u of today) for (const v of after[u]) if (--waiting[v] === 0) tomorrow.push(v);
    today = tomorrow;
  }
  return scheduled === n ? days : -1;
}
