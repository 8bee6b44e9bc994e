function solve(risk) {
  let best = [...risk[0]];
  const width = best.length;
  for (const row of risk.slice(1)) {
    best = row.map((cell, j) => cell + Math.min(best[j], j > 0 ? best[j - 1] : Infinity, j + 1 < width ? best[j + 1] : Infinity));
  }
  return Math.min(...best);
}
