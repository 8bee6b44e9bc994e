# Starts the best sum at the smallest allowed value, -10^4, and only replaces it when a level is
# strictly heavier: a tree whose every level weighs exactly -10^4 answers 0.
def solve(root):
    best_level, best_sum = 0, -10**4
    level, depth = ([root] if root else []), 0
    while level:
        depth += 1
        total = sum(node.val for node in level)
        if total > best_sum:
            best_level, best_sum = depth, total
        level = [child for node in level for child in (node.left, node.right) if child is not None]
    return best_level
