// Keeps the readings in an array re-sorted with the default sort(), which compares as strings:
// "15" < "3" (sample 1), "10" < "9" and "-1" < "-2" (04-string-order-trap). It is also quadratic.
function solve(readings) {
  const seen = [];
  return readings.map((x) => {
    seen.push(x);
    seen.sort();
    return seen[(seen.length - 1) >> 1];
  });
}
