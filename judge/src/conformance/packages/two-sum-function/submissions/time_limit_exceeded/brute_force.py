# O(n^2): fine on the small cases, ~5 * 10^9 pair checks on the 10^5-element one.
def solve(nums, target):
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []
