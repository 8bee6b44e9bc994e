// O(n^3): every triple of sleds, 4.5 * 10^9 sums for n = 3000 (secret/13-large-many-duplicates).
function solve(loads, target) {
  const n = loads.length;
  const found = new Set();
  for (let a = 0; a < n; a += 1)
    for (let b = a + 1; b < n; b += 1)
      for (let c = b + 1; c < n; c += 1)
        if (loads[a] + loads[b] + loads[c] === target)
          found.add([loads[a], loads[b], loads[c]].sort((p, q) => p - q).join(','));
  return found.size;
}
