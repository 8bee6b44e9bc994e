// Sort the indices by name; a name's longest shared prefix is with a sorted neighbour.
function solve(names) {
  const order = names.map((_, i) => i).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
  const lcp = (a, b) => {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
    return n;
  };
  const out = new Array(names.length);
  order.forEach((i, pos) => {
    let longest = 0;
    if (pos > 0) longest = Math.max(longest, lcp(names[i], names[order[pos - 1]]));
    if (pos + 1 < order.length) longest = Math.max(longest, lcp(names[i], names[order[pos + 1]]));
    out[i] = names[i].slice(0, longest + 1);
  });
  return out;
}
