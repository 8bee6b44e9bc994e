// A binary trie in two Int32Arrays sized for 31 nodes per code.
function solve(codes) {
  const size = codes.length * 31 + 1;
  const zero = new Int32Array(size);
  const one = new Int32Array(size);
  let used = 1;
  let best = 0;
  codes.forEach((x, idx) => {
    if (idx > 0) {
      let node = 0;
      let cur = 0;
      for (let b = 30; b >= 0; b -= 1) {
        const bit = (x >> b) & 1;
        const want = bit ? zero[node] : one[node];
        if (want) {
          cur |= 1 << b;
          node = want;
        } else node = bit ? one[node] : zero[node];
      }
      if (cur > best) best = cur;
    }
    let node = 0;
    for (let b = 30; b >= 0; b -= 1) {
      const side = (x >> b) & 1 ? one : zero;
      if (!side[node]) side[node] = used++;
      node = side[node];
    }
  });
  return best;
}
