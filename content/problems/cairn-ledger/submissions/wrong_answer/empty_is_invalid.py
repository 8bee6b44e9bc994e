# Treats the empty tree as "no ledger" and returns False (01-empty).
def solve(root):
    if root is None:
        return False
    stack = [(root, None, None)]
    while stack:
        node, low, high = stack.pop()
        v = node.val
        if (low is not None and v < low) or (high is not None and v >= high):
            return False
        if node.left:
            stack.append((node.left, low, v))
        if node.right:
            stack.append((node.right, v, high))
    return True
