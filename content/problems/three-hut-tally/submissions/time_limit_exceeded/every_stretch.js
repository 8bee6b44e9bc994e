// O(n^2): counts the huts of every stretch; 5 * 10^9 stretches on the 10^5-day logs.
function solve(log) {
  const n = log.length;
  let best = 0;
  for (let i = 0; i < n; i += 1) {
    let a = 0;
    let b = 0;
    let c = 0;
    for (let j = i; j < n; j += 1) {
      const ch = log.charCodeAt(j);
      if (ch === 97) a += 1;
      else if (ch === 98) b += 1;
      else if (ch === 99) c += 1;
      if (a === b && b === c && j - i + 1 > best) best = j - i + 1;
    }
  }
  return best;
}
