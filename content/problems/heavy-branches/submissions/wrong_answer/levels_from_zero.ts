// Counts the root's level as 0, as an array index, instead of 1.
declare class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

function solve(root: TreeNode | null): number {
  const sums: number[] = [];
  const walk = (node: TreeNode | null, depth: number): void => {
    if (node === null) return;
    sums[depth] = (sums[depth] ?? 0) + node.val;
    walk(node.left, depth + 1);
    walk(node.right, depth + 1);
  };
  walk(root, 0);
  let best = 0;
  for (let d = 1; d < sums.length; d += 1) if (sums[d]! > sums[best]!) best = d;
  return best;
}
