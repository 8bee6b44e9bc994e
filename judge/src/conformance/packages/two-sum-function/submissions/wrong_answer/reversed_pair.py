# Finds the right pair but returns the larger index first.
def solve(nums, target):
    where = {}
    for j, x in enumerate(nums):
        if target - x in where:
            return [j, where[target - x]]
        where[x] = j
    return []
