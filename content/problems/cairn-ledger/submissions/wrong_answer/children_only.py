# Checks each node against its children only: a grandchild that is too big for its grandparent
# passes (sample 2, 07-grandchild-too-big).
def solve(root):
    stack = [root] if root else []
    while stack:
        node = stack.pop()
        if node.left:
            if node.left.val >= node.val:
                return False
            stack.append(node.left)
        if node.right:
            if node.right.val < node.val:
                return False
            stack.append(node.right)
    return True
