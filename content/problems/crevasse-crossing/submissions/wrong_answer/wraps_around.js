// Treats the map as a cylinder: from the first column it steps "left" onto the last one.
function solve(risk) {
  const width = risk[0].length;
  let best = [...risk[0]];
  for (const row of risk.slice(1)) {
    best = row.map((cell, j) => {
      const left = best[(j - 1 + width) % width];
      const right = best[(j + 1) % width];
      return cell + Math.min(left, best[j], right);
    });
  }
  return Math.min(...best);
}
