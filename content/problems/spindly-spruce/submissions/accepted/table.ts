// Same idea with BigInt for the lowest height, to show an exact alternative.
const FEWEST: number[] = [0, 1];
while (FEWEST[FEWEST.length - 1]! <= 1e15) FEWEST.push(FEWEST[FEWEST.length - 1]! + FEWEST[FEWEST.length - 2]! + 1);

function solve(sizes: number[]): number[][] {
  return sizes.map((n) => {
    const lowest = n === 0 ? 0 : BigInt(n).toString(2).length;
    let tallest = 0;
    while (FEWEST[tallest + 1]! <= n) tallest += 1;
    return [lowest, tallest];
  });
}
