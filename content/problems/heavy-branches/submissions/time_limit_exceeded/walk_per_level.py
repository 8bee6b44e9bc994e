# Walks the whole tree once for every level: O(n * height), quadratic on a chain.
def solve(root):
    def level_sum(target):
        total, found, stack = 0, False, [(root, 1)] if root else []
        while stack:
            node, depth = stack.pop()
            if depth == target:
                total, found = total + node.val, True
                continue
            for child in (node.left, node.right):
                if child is not None:
                    stack.append((child, depth + 1))
        return total if found else None

    best_level, best_sum, depth = 0, None, 1
    while True:
        total = level_sum(depth)
        if total is None:
            return best_level
        if best_sum is None or total > best_sum:
            best_level, best_sum = depth, total
        depth += 1
