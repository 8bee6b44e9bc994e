// O(n log n): list the nodes in order, sort their values, write the sorted values back in order.
declare class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

function solve(root: TreeNode | null): TreeNode | null {
  const nodes: TreeNode[] = [];
  const stack: TreeNode[] = [];
  let node = root;
  while (stack.length > 0 || node !== null) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    const top = stack.pop()!;
    nodes.push(top);
    node = top.right;
  }
  const values = nodes.map((n) => n.val).sort((a, b) => a - b);
  nodes.forEach((n, i) => {
    n.val = values[i]!;
  });
  return root;
}
