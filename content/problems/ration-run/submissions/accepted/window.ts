// For each right end, shrink the left end as far as the kit allows, then compare: the same window,
// written as "advance left while its item is spare".
function solve(huts: string, kit: string): string {
  const need = new Map<string, number>();
  for (const c of kit) need.set(c, (need.get(c) ?? 0) + 1);
  const have = new Map<string, number>();
  let covered = 0; // kit items (with multiplicity) the window covers
  let left = 0;
  let best = '';
  let bestLen = Infinity;
  for (let right = 0; right < huts.length; right += 1) {
    const c = huts[right];
    const h = (have.get(c) ?? 0) + 1;
    have.set(c, h);
    if (h <= (need.get(c) ?? 0)) covered += 1;
    while (left <= right && (have.get(huts[left]) ?? 0) > (need.get(huts[left]) ?? 0)) {
      have.set(huts[left], (have.get(huts[left]) ?? 0) - 1);
      left += 1;
    }
    if (covered === kit.length && right - left + 1 < bestLen) {
      bestLen = right - left + 1;
      best = huts.slice(left, right + 1);
    }
  }
  return best;
}
