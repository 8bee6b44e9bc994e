// AVL insertion with an own node class; converted to TreeNode at the end.
declare class TreeNode {
  constructor(val: number, left: TreeNode | null, right: TreeNode | null);
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

class AvlNode {
  left: AvlNode | null = null;
  right: AvlNode | null = null;
  height = 1;
  constructor(readonly key: number) {}
}

const h = (n: AvlNode | null): number => (n === null ? 0 : n.height);
const update = (n: AvlNode): void => {
  n.height = 1 + Math.max(h(n.left), h(n.right));
};

function rotateRight(z: AvlNode): AvlNode {
  const y = z.left!;
  z.left = y.right;
  y.right = z;
  update(z);
  update(y);
  return y;
}

function rotateLeft(z: AvlNode): AvlNode {
  const y = z.right!;
  z.right = y.left;
  y.left = z;
  update(z);
  update(y);
  return y;
}

function insert(node: AvlNode | null, key: number): AvlNode {
  if (node === null) return new AvlNode(key);
  if (key === node.key) return node;
  if (key < node.key) node.left = insert(node.left, key);
  else node.right = insert(node.right, key);
  update(node);
  if (h(node.left) - h(node.right) === 2) {
    if (key > node.left!.key) node.left = rotateLeft(node.left!);
    return rotateRight(node);
  }
  if (h(node.right) - h(node.left) === 2) {
    if (key < node.right!.key) node.right = rotateRight(node.right!);
    return rotateLeft(node);
  }
  return node;
}

function convert(n: AvlNode | null): TreeNode | null {
  return n === null ? null : new TreeNode(n.key, convert(n.left), convert(n.right));
}

function solve(keys: number[]): TreeNode | null {
  let root: AvlNode | null = null;
  for (const k of keys) root = insert(root, k);
  return convert(root);
}
