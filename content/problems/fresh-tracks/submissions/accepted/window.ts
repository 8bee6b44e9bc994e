function solve(runs: number[]): number {
  const last = new Map<number, number>();
  let start = 0;
  let best = 0;
  runs.forEach((run, i) => {
    const seen = last.get(run);
    if (seen !== undefined && seen >= start) start = seen + 1;
    last.set(run, i);
    best = Math.max(best, i - start + 1);
  });
  return best;
}
