# After a rotation updates the new subtree root before the node that went down below it, so the
# root keeps a stale height; later balance checks rotate the wrong way and hit a missing child
# (a crash on 11-negative-falling; a wrong tree on other data): rejected either way.
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
    update(y)
    update(z)
    return y


def rotate_left(z):
    y = z.right
    z.right, y.left = y.left, z
    update(y)
    update(z)
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
        if key > node.left.key:
            node.left = rotate_left(node.left)
        return rotate_right(node)
    if h(node.right) - h(node.left) == 2:
        if key < node.right.key:
            node.right = rotate_right(node.right)
        return rotate_left(node)
    return node


def convert(node):
    return None if node is None else TreeNode(node.key, convert(node.left), convert(node.right))


def solve(keys):
    root = None
    for k in keys:
        root = insert(root, k)
    return convert(root)
