// A fixed window of k hours; the first full window is a candidate before anything slides.
function solve(deviations: number[], k: number): number {
  let total = 0;
  for (let i = 0; i < k; i += 1) total += deviations[i];
  let best = total;
  for (let i = k; i < deviations.length; i += 1) {
    total += deviations[i] - deviations[i - k];
    if (total > best) best = total;
  }
  return best;
}
