# O(n * h): compares every node with every value of its two subtrees; ~5 * 10^9 steps on the chain
# of 10^5 nodes (23-max-right-chain-valid).
def values(node):
    out, stack = [], [node] if node else []
    while stack:
        x = stack.pop()
        out.append(x.val)
        if x.left:
            stack.append(x.left)
        if x.right:
            stack.append(x.right)
    return out


def solve(root):
    stack = [root] if root else []
    while stack:
        node = stack.pop()
        if any(v >= node.val for v in values(node.left)) or any(v < node.val for v in values(node.right)):
            return False
        if node.left:
            stack.append(node.left)
        if node.right:
            stack.append(node.right)
    return True
