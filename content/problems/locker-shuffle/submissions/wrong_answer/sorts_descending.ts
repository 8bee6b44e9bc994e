// A shortcut that looks right: sorting descending puts the zeros last, but reorders the skis.
// Caught by sample 1.
function solve(lockers: number[]): number[] {
  return [...lockers].sort((a, b) => b - a);
}
