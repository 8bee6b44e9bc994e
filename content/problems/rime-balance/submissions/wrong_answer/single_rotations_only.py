# Rotates once in every case: the inner (left-right, right-left) cases need two rotations (sample 1).
class Node:
    __slots__ = ("key", "left", "right", "height")

    def __init__(self, key):
        self.key, self.left, self.right, self.height = key, None, None, 1


def h(node):
    return node.height if node else 0


def update(node):
    node.height = 1 + max(h(node.left), h(node.right))


def rotate_right(z):
    y = z.left
    z.left, y.right = y.right, z
    update(z)
    update(y)
    return y


def rotate_left(z):
    y = z.right
    z.right, y.left = y.left, z
    update(z)
    update(y)
    return y


def insert(node, key):
    if node is None:
        return Node(key)
    if key == node.key:
        return node
    if key < node.key:
        node.left = insert(node.left, key)
    else:
        node.right = insert(node.right, key)
    update(node)
    if h(node.left) - h(node.right) == 2:
        return rotate_right(node)
    if h(node.right) - h(node.left) == 2:
        return rotate_left(node)
    return node


def convert(node):
    return None if node is None else TreeNode(node.key, convert(node.left), convert(node.right))


def solve(keys):
    root = None
    for k in keys:
        root = insert(root, k)
    return convert(root)
