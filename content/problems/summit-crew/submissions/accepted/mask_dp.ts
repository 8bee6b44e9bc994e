// The same DP over masks, with the guide masks computed by a loop over bits.
function solve(needed: string[], guides: string[][]): number {
  const bit = new Map<string, number>();
  needed.forEach((s, i) => bit.set(s, 1 << i));
  const masks = guides.map((g) => g.reduce((m, s) => m | (bit.get(s) ?? 0), 0));
  const full = (1 << needed.length) - 1;
  const best = new Array<number>(full + 1).fill(Number.POSITIVE_INFINITY);
  best[0] = 0;
  for (let mask = 0; mask <= full; mask += 1) {
    if (best[mask] === Number.POSITIVE_INFINITY) continue;
    for (const g of masks) best[mask | g] = Math.min(best[mask | g], best[mask] + 1);
  }
  return Number.isFinite(best[full]) ? best[full] : -1;
}
