// Depth-first by recursion, summing by depth: a chain 10^5 deep recurses 10^5 calls, which the
// judge allows (see the statement).
function solve(root) {
  const sums = [];
  const walk = (node, depth) => {
    if (node === null) return;
    sums[depth] = (sums[depth] ?? 0) + node.val;
    walk(node.left, depth + 1);
    walk(node.right, depth + 1);
  };
  walk(root, 0);
  let best = 0;
  for (let d = 1; d < sums.length; d += 1) if (sums[d] > sums[best]) best = d;
  return sums.length === 0 ? 0 : best + 1;
}
