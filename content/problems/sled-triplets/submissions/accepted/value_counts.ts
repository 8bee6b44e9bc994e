// Over distinct values instead of positions: for x <= y, z = target - x - y must be a value >= y,
// and each value must occur as often as the triple uses it. O(d^2) for d distinct values.
function solve(loads: number[], target: number): number {
  const count = new Map<number, number>();
  for (const v of loads) count.set(v, (count.get(v) ?? 0) + 1);
  const values = [...count.keys()].sort((p, q) => p - q);
  let found = 0;
  for (let i = 0; i < values.length; i += 1) {
    const x = values[i];
    for (let j = i; j < values.length; j += 1) {
      const y = values[j];
      const z = target - x - y;
      if (z < y || !count.has(z)) continue;
      const uses = new Map<number, number>();
      for (const v of [x, y, z]) uses.set(v, (uses.get(v) ?? 0) + 1);
      let ok = true;
      for (const [v, c] of uses) if ((count.get(v) ?? 0) < c) ok = false;
      if (ok) found += 1;
    }
  }
  return found;
}
