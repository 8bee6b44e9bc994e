// The same walk, skipping at once every pole no taller than the one just left behind: such a pole
// is narrower and no taller, so it cannot beat the pair already measured.
function solve(poles: number[]): number {
  let i = 0;
  let j = poles.length - 1;
  let best = 0;
  while (i < j) {
    const h = Math.min(poles[i], poles[j]);
    best = Math.max(best, (j - i) * h);
    while (i < j && poles[i] <= h) i += 1;
    while (i < j && poles[j] <= h) j -= 1;
  }
  return best;
}
