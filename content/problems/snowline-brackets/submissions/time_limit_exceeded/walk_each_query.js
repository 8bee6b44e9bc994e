// Correct but O(q * h): walks from the root for every query; ~3 * 10^9 pointer steps on the chain
// of 10^5 (13-max-right-chain), too many even for JavaScript.
function solve(root, queries) {
  return queries.map((q) => {
    let floor = -1;
    let ceiling = -1;
    let node = root;
    while (node !== null) {
      if (node.val === q) return [q, q];
      if (node.val < q) {
        floor = node.val;
        node = node.right;
      } else {
        ceiling = node.val;
        node = node.left;
      }
    }
    return [floor, ceiling];
  });
}
