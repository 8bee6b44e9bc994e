# Greedy: only the next mast east can shelter, so the answer is 1 or 0.
def solve(heights):
    return [1 if i + 1 < len(heights) and heights[i + 1] > h else 0 for i, h in enumerate(heights)]
