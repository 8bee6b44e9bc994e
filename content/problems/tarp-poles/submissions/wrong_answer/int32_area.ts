// JavaScript trap: Math.imul multiplies as 32-bit integers; 10^9 * 29 999 wraps.
// Caught by secret/09-large-all-tall.
function solve(poles: number[]): number {
  let i = 0;
  let j = poles.length - 1;
  let best = 0;
  while (i < j) {
    best = Math.max(best, Math.imul(j - i, Math.min(poles[i], poles[j])));
    if (poles[i] < poles[j]) i += 1;
    else j -= 1;
  }
  return best;
}
