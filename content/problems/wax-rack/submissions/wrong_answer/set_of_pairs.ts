// A shortcut that looks right: two copies of every distinct rating, even ratings that appear once.
// Caught by sample 1.
function solve(bars: number[]): number[] {
  const shown: number[] = [];
  for (const b of [...new Set(bars)]) shown.push(b, b);
  return shown;
}
