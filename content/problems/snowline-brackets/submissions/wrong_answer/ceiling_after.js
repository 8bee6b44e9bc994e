// The ceiling uses the first key > q (an upper bound): an exact key is skipped (sample 1: 1500).
function solve(root, queries) {
  const keys = [];
  const walk = (node) => {
    if (node === null) return;
    walk(node.left);
    keys.push(node.val);
    walk(node.right);
  };
  walk(root);
  const upperBound = (x) => {
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return queries.map((q) => {
    const i = upperBound(q);
    return [i > 0 ? keys[i - 1] : -1, i < keys.length ? keys[i] : -1];
  });
}
