// Depth-first with an explicit stack (no recursion, so a deep chain is fine), summing by depth.
declare class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

function solve(root: TreeNode | null): number {
  const sums: number[] = [];
  const stack: Array<[TreeNode, number]> = root === null ? [] : [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    sums[depth] = (sums[depth] ?? 0) + node.val;
    if (node.left !== null) stack.push([node.left, depth + 1]);
    if (node.right !== null) stack.push([node.right, depth + 1]);
  }
  let best = 0;
  for (let d = 1; d < sums.length; d += 1) if (sums[d]! > sums[best]!) best = d;
  return sums.length === 0 ? 0 : best + 1;
}
