// Union by size over the whole grid in typed arrays; -1 marks open water.
function solve(rows, cols, freezes) {
  const parent = new Int32Array(rows * cols).fill(-1);
  const size = new Int32Array(rows * cols);
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
    size[square] = 1;
    sheets += 1;
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || parent[nr * cols + nc] < 0) continue;
      let a = find(square);
      let b = find(nr * cols + nc);
      if (a === b) continue;
      if (size[a] < size[b]) [a, b] = [b, a];
      parent[b] = a;
      size[a] += size[b];
      sheets -= 1;
    }
    return sheets;
  });
}
