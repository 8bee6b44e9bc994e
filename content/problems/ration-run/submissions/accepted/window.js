// Variable window with counts over character codes; `missing` counts kit items not yet covered.
function solve(huts, kit) {
  const need = new Int32Array(128);
  for (let i = 0; i < kit.length; i += 1) need[kit.charCodeAt(i)] += 1;
  let missing = kit.length;
  let bestStart = 0;
  let bestLen = huts.length + 1;
  let left = 0;
  for (let right = 0; right < huts.length; right += 1) {
    const c = huts.charCodeAt(right);
    if (need[c] > 0) missing -= 1;
    need[c] -= 1;
    while (missing === 0) {
      if (right - left + 1 < bestLen) {
        bestStart = left;
        bestLen = right - left + 1;
      }
      const d = huts.charCodeAt(left);
      need[d] += 1;
      if (need[d] > 0) missing += 1;
      left += 1;
    }
  }
  return bestLen > huts.length ? '' : huts.slice(bestStart, bestStart + bestLen);
}
