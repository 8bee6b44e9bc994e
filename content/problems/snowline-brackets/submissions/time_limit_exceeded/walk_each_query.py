# Correct but O(q * h): walks from the root for every query; ~3 * 10^9 steps on the chain of 10^5
# (13-max-right-chain).
def solve(root, queries):
    out = []
    for q in queries:
        floor = ceiling = -1
        node = root
        while node:
            if node.val == q:
                floor = ceiling = q
                break
            if node.val < q:
                floor = node.val
                node = node.right
            else:
                ceiling = node.val
                node = node.left
        out.append([floor, ceiling])
    return out
