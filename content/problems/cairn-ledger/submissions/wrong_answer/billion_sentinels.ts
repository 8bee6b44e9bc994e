// Starts the window at [-10^9, 10^9) "because no value is larger": 10^9 itself is legal and gets
// refused (10-extremes-single-max).
declare class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

function solve(root: TreeNode | null): boolean {
  const stack: Array<[TreeNode, number, number]> = root === null ? [] : [[root, -1e9, 1e9]];
  while (stack.length > 0) {
    const [node, low, high] = stack.pop()!;
    if (node.val < low || node.val >= high) return false;
    if (node.left !== null) stack.push([node.left, low, node.val]);
    if (node.right !== null) stack.push([node.right, node.val, high]);
  }
  return true;
}
