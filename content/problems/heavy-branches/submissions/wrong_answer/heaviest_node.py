# Returns the level of the single heaviest branch point, not of the heaviest level in total.
def solve(root):
    best_level, best_val = 0, None
    level, depth = ([root] if root else []), 0
    while level:
        depth += 1
        for node in level:
            if best_val is None or node.val > best_val:
                best_level, best_val = depth, node.val
        level = [child for node in level for child in (node.left, node.right) if child is not None]
    return best_level
