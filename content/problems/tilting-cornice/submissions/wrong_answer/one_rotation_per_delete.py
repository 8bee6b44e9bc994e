# Stops rebalancing after the first rotation of an operation, as insertion may; a deletion can need
# a rotation at several levels (06-two-rotations-up-the-path).
import sys

sys.setrecursionlimit(10000)


class Node:
    __slots__ = ("key", "left", "right", "height")

    def __init__(self, key):
        self.key, self.left, self.right, self.height = key, None, None, 1


rotations = [0, 0]  # single, double


def h(n):
    return n.height if n else 0


def update(n):
    hl = n.left.height if n.left else 0
    hr = n.right.height if n.right else 0
    n.height = (hl if hl > hr else hr) + 1


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


done = [False]


def rebalance(z):
    update(z)
    if done[0]:
        return z
    diff = h(z.left) - h(z.right)
    if diff == 2:
        y = z.left
        if h(y.right) > h(y.left):
            z.left = rotate_left(y)
            rotations[1] += 1
        else:
            rotations[0] += 1
        done[0] = True
        return rotate_right(z)
    if diff == -2:
        y = z.right
        if h(y.left) > h(y.right):
            z.right = rotate_right(y)
            rotations[1] += 1
        else:
            rotations[0] += 1
        done[0] = True
        return rotate_left(z)
    return z


def insert(n, key):
    if n is None:
        return Node(key)
    if key == n.key:
        return n
    if key < n.key:
        n.left = insert(n.left, key)
    else:
        n.right = insert(n.right, key)
    return rebalance(n)


def delete(n, key):
    if n is None:
        return None
    if key < n.key:
        n.left = delete(n.left, key)
    elif key > n.key:
        n.right = delete(n.right, key)
    else:
        if n.left is None:
            return n.right
        if n.right is None:
            return n.left
        succ = n.right
        while succ.left:
            succ = succ.left
        n.key = succ.key
        n.right = delete(n.right, succ.key)
    return rebalance(n)


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    root = None
    for i in range(q):
        op, key = data[1 + 2 * i], int(data[2 + 2 * i])
        done[0] = False
        root = insert(root, key) if op == b"+" else delete(root, key)
    order, stack = [], [root] if root else []
    while stack:
        n = stack.pop()
        order.append(n.key)
        if n.right:
            stack.append(n.right)
        if n.left:
            stack.append(n.left)
    out = ["%d %d" % (rotations[0], rotations[1]), "%d %d" % (len(order), h(root)), " ".join(map(str, order))]
    sys.stdout.write("\n".join(out) + "\n")


main()
