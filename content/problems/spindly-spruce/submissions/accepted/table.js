// Table of the sparsest AVL trees; the lowest height by doubling (exact in doubles up to 2^53).
const FEWEST = [0, 1];
while (FEWEST[FEWEST.length - 1] <= 1e15) FEWEST.push(FEWEST[FEWEST.length - 1] + FEWEST[FEWEST.length - 2] + 1);

function solve(sizes) {
  return sizes.map((n) => {
    let lowest = 0;
    let capacity = 0; // 2^lowest - 1
    while (capacity < n) {
      lowest += 1;
      capacity = capacity * 2 + 1;
    }
    let tallest = 0;
    while (FEWEST[tallest + 1] <= n) tallest += 1;
    return [lowest, tallest];
  });
}
