# Explicit stack of (node, low, high): low inclusive, high exclusive; None means "no bound".
def solve(root):
    stack = [(root, None, None)] if root else []
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
