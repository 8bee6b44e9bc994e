// Iterative in-order into a sorted array, then binary searches for the floor and the ceiling.
declare class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

function solve(root: TreeNode | null, queries: number[]): number[][] {
  const keys: number[] = [];
  const stack: TreeNode[] = [];
  let node = root;
  while (stack.length > 0 || node !== null) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    const top = stack.pop()!;
    keys.push(top.val);
    node = top.right;
  }
  // Number of keys for which below(key) holds (a prefix of the sorted array).
  const count = (below: (k: number) => boolean): number => {
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (below(keys[mid]!)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return queries.map((q) => {
    const atMost = count((k) => k <= q);
    const under = count((k) => k < q);
    return [atMost > 0 ? keys[atMost - 1]! : -1, under < keys.length ? keys[under]! : -1];
  });
}
