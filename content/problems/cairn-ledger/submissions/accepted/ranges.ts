// Explicit stack of (node, low, high) with infinite sentinels: no value of the input reaches them.
declare class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

function solve(root: TreeNode | null): boolean {
  const stack: Array<[TreeNode, number, number]> = root === null ? [] : [[root, -Infinity, Infinity]];
  while (stack.length > 0) {
    const [node, low, high] = stack.pop()!;
    if (node.val < low || node.val >= high) return false;
    if (node.left !== null) stack.push([node.left, low, node.val]);
    if (node.right !== null) stack.push([node.right, node.val, high]);
  }
  return true;
}
