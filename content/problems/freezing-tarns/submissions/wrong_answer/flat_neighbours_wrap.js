// Mistake: finds neighbours on the flat numbers (id +- 1, id +- cols) checking only 0 <= id < rows * cols,
// so the left neighbour of a column-0 square is the last square of the row above.
// Caught by sample 2 (the end of row 0 and the start of row 1) and secret 03-row-ends.
function solve(rows, cols, freezes) {
  const parent = new Int32Array(rows * cols).fill(-1);
  const find = (x) => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  let sheets = 0;
  return freezes.map(([r, c]) => {
    const square = r * cols + c;
    if (parent[square] >= 0) return sheets;
    parent[square] = square;
    sheets += 1;
    for (const other of [square + 1, square - 1, square + cols, square - cols]) {
      if (other < 0 || other >= rows * cols || parent[other] < 0) continue;
      const a = find(square);
      const b = find(other);
      if (a !== b) {
        parent[a] = b;
        sheets -= 1;
      }
    }
    return sheets;
  });
}
