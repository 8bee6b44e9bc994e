# Depth-first by recursion, summing by depth: a chain 10^5 deep recurses 10^5 calls, which the
# judge allows (see the statement).
def solve(root):
    sums = []

    def walk(node, depth):
        if node is None:
            return
        if depth == len(sums):
            sums.append(0)
        sums[depth] += node.val
        walk(node.left, depth + 1)
        walk(node.right, depth + 1)

    walk(root, 0)
    if not sums:
        return 0
    return sums.index(max(sums)) + 1
