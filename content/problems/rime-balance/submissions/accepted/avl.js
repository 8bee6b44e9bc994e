// AVL insertion on TreeNode objects, heights kept in a Map beside them.
function solve(keys) {
  const height = new Map();
  const h = (n) => (n === null ? 0 : height.get(n));
  const update = (n) => height.set(n, 1 + Math.max(h(n.left), h(n.right)));
  const rotateRight = (z) => {
    const y = z.left;
    z.left = y.right;
    y.right = z;
    update(z);
    update(y);
    return y;
  };
  const rotateLeft = (z) => {
    const y = z.right;
    z.right = y.left;
    y.left = z;
    update(z);
    update(y);
    return y;
  };
  const insert = (node, key) => {
    if (node === null) {
      const leaf = new TreeNode(key, null, null);
      height.set(leaf, 1);
      return leaf;
    }
    if (key === node.val) return node;
    if (key < node.val) node.left = insert(node.left, key);
    else node.right = insert(node.right, key);
    update(node);
    if (h(node.left) - h(node.right) === 2) {
      if (key > node.left.val) node.left = rotateLeft(node.left);
      return rotateRight(node);
    }
    if (h(node.right) - h(node.left) === 2) {
      if (key < node.right.val) node.right = rotateRight(node.right);
      return rotateLeft(node);
    }
    return node;
  };
  let root = null;
  for (const k of keys) root = insert(root, k);
  return root;
}
