// Compares each name only with the next one in sorted order, missing a closer name before it
// (sample 1: "rim" sorts after "ridgeway", shares "ri" with it, and gets "r").
function solve(names) {
  const order = names.map((_, i) => i).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
  const lcp = (a, b) => {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
    return n;
  };
  const out = new Array(names.length);
  order.forEach((i, pos) => {
    const longest = pos + 1 < order.length ? lcp(names[i], names[order[pos + 1]]) : 0;
    out[i] = names[i].slice(0, longest + 1);
  });
  return out;
}
