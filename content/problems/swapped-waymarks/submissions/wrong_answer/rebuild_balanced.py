# Builds a new balanced tree from the sorted values: a valid search tree, but not the given shape
# (passes the complete-tree samples, fails 02-two-nodes-root-right and the random shapes).
def solve(root):
    values, stack = [], [root]
    while stack:
        node = stack.pop()
        if node:
            values.append(node.val)
            stack += [node.left, node.right]
    values.sort()

    def build(lo, hi):
        if lo >= hi:
            return None
        mid = (lo + hi) // 2
        return TreeNode(values[mid], build(lo, mid), build(mid + 1, hi))

    return build(0, len(values))
