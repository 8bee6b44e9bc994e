// Off by one: the leaving hour is i - k - 1, so after the first slide every window has k + 1 hours.
// Caught by secret/07-window-length-matters.
function solve(deviations: number[], k: number): number {
  let total = 0;
  for (let i = 0; i < k; i += 1) total += deviations[i];
  let best = total;
  for (let i = k; i < deviations.length; i += 1) {
    total += deviations[i] - (i - k - 1 >= 0 ? deviations[i - k - 1] : 0);
    best = Math.max(best, total);
  }
  return best;
}
