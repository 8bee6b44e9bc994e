// A binary trie with node objects (two fields, no array per node: one allocation per node).
class BitNode {
  zero: BitNode | null = null;
  one: BitNode | null = null;
}

function solve(codes: number[]): number {
  const root = new BitNode();
  let best = 0;
  codes.forEach((x, idx) => {
    if (idx > 0) {
      let node = root;
      let cur = 0;
      for (let b = 30; b >= 0; b -= 1) {
        const bit = (x >> b) & 1;
        const other = bit ? node.zero : node.one;
        if (other !== null) {
          cur |= 1 << b;
          node = other;
        } else node = (bit ? node.one : node.zero)!;
      }
      best = Math.max(best, cur);
    }
    let node = root;
    for (let b = 30; b >= 0; b -= 1) {
      if ((x >> b) & 1) node = node.one ??= new BitNode();
      else node = node.zero ??= new BitNode();
    }
  });
  return best;
}
