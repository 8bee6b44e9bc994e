// Compares with >=, so of two equally heavy levels the deeper one wins.
function solve(root) {
  let best = 0;
  let bestSum = -Infinity;
  let level = root === null ? [] : [root];
  for (let depth = 1; level.length > 0; depth += 1) {
    const total = level.reduce((sum, node) => sum + node.val, 0);
    if (total >= bestSum) {
      best = depth;
      bestSum = total;
    }
    level = level.flatMap((node) => [node.left, node.right]).filter((child) => child !== null);
  }
  return best;
}
