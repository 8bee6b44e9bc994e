// Walks from the root and takes the first key <= q as the floor, without going right for a closer
// one (07-floor-far-up: 69 gets 50, not 65). The ceiling walk has the mirror mistake.
declare class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

function solve(root: TreeNode | null, queries: number[]): number[][] {
  return queries.map((q) => {
    let floor = -1;
    let ceiling = -1;
    let node = root;
    while (node !== null && floor === -1) {
      if (node.val <= q) floor = node.val;
      else node = node.left;
    }
    node = root;
    while (node !== null && ceiling === -1) {
      if (node.val >= q) ceiling = node.val;
      else node = node.right;
    }
    return [floor, ceiling];
  });
}
