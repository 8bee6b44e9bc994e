# Breadth-first, one level at a time.
def solve(root):
    if root is None:
        return 0
    best_level, best_sum = 0, None
    level, depth = [root], 0
    while level:
        depth += 1
        total = sum(node.val for node in level)
        if best_sum is None or total > best_sum:
            best_level, best_sum = depth, total
        level = [child for node in level for child in (node.left, node.right) if child is not None]
    return best_level
