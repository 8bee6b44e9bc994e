# Swaps the two values of the first inversion: right only when the swapped marks are neighbours in
# order (sample 1 has 10 and 60 far apart).
def solve(root):
    prev = None
    stack, node = [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if prev is not None and prev.val > node.val:
            prev.val, node.val = node.val, prev.val
            return root
        prev = node
        node = node.right
    return root
