// Mistake: reports every cairn the hiker passed (tail and loop) as the loop's length.
// Caught by sample 1 (the tail 0, 1 is counted too) and secret/06-long-tail-short-loop.
function solve(arrows) {
  const seen = new Set();
  let at = 0;
  while (!seen.has(at)) {
    seen.add(at);
    at = arrows[at];
  }
  return [at, seen.size];
}
