// Finds the lowest height with 32-bit shifts ((1 << h) - 1 >= n): 1 << 31 is negative and 1 << 32
// is 1 in JavaScript, so sizes past 2^31 loop to a wrong height (05-past-32-bits).
const FEWEST: number[] = [0, 1];
while (FEWEST[FEWEST.length - 1]! <= 1e15) FEWEST.push(FEWEST[FEWEST.length - 1]! + FEWEST[FEWEST.length - 2]! + 1);

function solve(sizes: number[]): number[][] {
  return sizes.map((n) => {
    let lowest = 0;
    while (((1 << lowest) - 1) < n && lowest < 60) lowest += 1;
    let tallest = 0;
    while (FEWEST[tallest + 1]! <= n) tallest += 1;
    return [lowest, tallest];
  });
}
