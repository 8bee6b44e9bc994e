// Parses the runs with a regular expression and subtracts whole runs from k.
function solve(code: string, k: number): string {
  let left = k;
  for (const [, count, letter] of code.matchAll(/(\d+)([nesw])/g)) {
    const steps = Number(count);
    if (left <= steps) return letter;
    left -= steps;
  }
  return '';
}
