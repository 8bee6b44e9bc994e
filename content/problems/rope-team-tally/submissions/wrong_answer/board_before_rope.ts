// Mistake: writes the board before tying each rope (the count one rope late). Caught by sample 1.
function solve(n: number, ropes: number[][]): number[] {
  const parent: number[] = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  let teams = n;
  const board: number[] = [];
  for (const [a, b] of ropes) {
    board.push(teams);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) {
      parent[ra] = rb;
      teams -= 1;
    }
  }
  return board;
}
