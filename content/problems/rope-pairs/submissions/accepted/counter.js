function solve(weights, gap) {
  const seen = new Map();
  let pairs = 0;
  for (const w of weights) {
    pairs += seen.get(w - gap) ?? 0;
    if (gap !== 0) pairs += seen.get(w + gap) ?? 0;
    seen.set(w, (seen.get(w) ?? 0) + 1);
  }
  return pairs;
}
