// With a hash map instead of pointers: count one list, then take from the counts while walking the
// other (which is sorted, so the result is too).
function solve(mine: number[], yours: number[]): number[] {
  const left = new Map<number, number>();
  for (const h of mine) left.set(h, (left.get(h) ?? 0) + 1);
  const shared: number[] = [];
  for (const h of yours) {
    const c = left.get(h) ?? 0;
    if (c > 0) {
      shared.push(h);
      left.set(h, c - 1);
    }
  }
  return shared;
}
