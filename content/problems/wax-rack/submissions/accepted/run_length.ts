// Not in place: count the length of each run of equal ratings and keep min(run, 2) of it.
function solve(bars: number[]): number[] {
  const shown: number[] = [];
  let run = 0;
  for (let i = 0; i < bars.length; i += 1) {
    run = i > 0 && bars[i] === bars[i - 1] ? run + 1 : 1;
    if (run <= 2) shown.push(bars[i]);
  }
  return shown;
}
