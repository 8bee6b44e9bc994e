// Puts equal values on the wrong side: left may be equal, right must be larger
// (sample 1 fails: its second 10 is on the right).
function solve(root) {
  const ok = (node, low, high) => {
    if (node === null) return true;
    if (node.val <= low || node.val > high) return false;
    return ok(node.left, low, node.val) && ok(node.right, node.val, high);
  };
  return ok(root, -Infinity, Infinity);
}
