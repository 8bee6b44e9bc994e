// Not in place, but O(n): the skis in order, then as many zeros as were filtered out.
function solve(lockers: number[]): number[] {
  const skis = lockers.filter((x) => x !== 0);
  return skis.concat(new Array(lockers.length - skis.length).fill(0));
}
