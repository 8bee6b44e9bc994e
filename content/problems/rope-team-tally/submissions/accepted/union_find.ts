// Union by rank with recursive path compression (ranks bound the depth by log n).
function solve(n: number, ropes: number[][]): number[] {
  const parent: number[] = Array.from({ length: n }, (_, i) => i);
  const rank: number[] = new Array(n).fill(0);
  const find = (x: number): number => {
    if (parent[x] !== x) parent[x] = find(parent[x]);
    return parent[x];
  };
  let teams = n;
  const board: number[] = [];
  for (const [a, b] of ropes) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) {
      if (rank[ra] < rank[rb]) parent[ra] = rb;
      else if (rank[ra] > rank[rb]) parent[rb] = ra;
      else {
        parent[rb] = ra;
        rank[ra] += 1;
      }
      teams -= 1;
    }
    board.push(teams);
  }
  return board;
}
