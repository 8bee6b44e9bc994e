// Off by one: slice's end is exclusive, so slice(left, right) drops the last hut of the stretch.
// Caught by sample 1.
function solve(huts: string, kit: string): string {
  const need = new Int32Array(128);
  for (let i = 0; i < kit.length; i += 1) need[kit.charCodeAt(i)] += 1;
  let missing = kit.length;
  let best = '';
  let bestLen = Infinity;
  let left = 0;
  for (let right = 0; right < huts.length; right += 1) {
    const c = huts.charCodeAt(right);
    if (need[c] > 0) missing -= 1;
    need[c] -= 1;
    while (missing === 0) {
      if (right - left + 1 < bestLen) {
        bestLen = right - left + 1;
        best = huts.slice(left, right);
      }
      const d = huts.charCodeAt(left);
      need[d] += 1;
      if (need[d] > 0) missing += 1;
      left += 1;
    }
  }
  return best;
}
