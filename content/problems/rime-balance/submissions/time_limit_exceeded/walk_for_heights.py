# Correct rotations, but every height is found by walking the subtree: O(n) per insertion, O(n^2)
# in all, ~10^9 node visits for 2 * 10^4 keys (18-max-rising).
def height(node):
    return 0 if node is None else 1 + max(height(node.left), height(node.right))


def rotate_right(z):
    y = z.left
    z.left, y.right = y.right, z
    return y


def rotate_left(z):
    y = z.right
    z.right, y.left = y.left, z
    return y


def insert(node, key):
    if node is None:
        return TreeNode(key)
    if key == node.val:
        return node
    if key < node.val:
        node.left = insert(node.left, key)
    else:
        node.right = insert(node.right, key)
    diff = height(node.left) - height(node.right)
    if diff == 2:
        if key > node.left.val:
            node.left = rotate_left(node.left)
        return rotate_right(node)
    if diff == -2:
        if key < node.right.val:
            node.right = rotate_right(node.right)
        return rotate_left(node)
    return node


def solve(keys):
    root = None
    for k in keys:
        root = insert(root, k)
    return root
