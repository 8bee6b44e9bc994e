"""Writes this package's test data (deterministic): python3 generators/generate.py [package_dir]."""
import os
import json, random, sys
random.seed(5)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def answer(nums, target):
    found = [[i, j] for i in range(len(nums)) for j in range(i + 1, len(nums)) if nums[i] + nums[j] == target] if len(nums) < 2000 else None
    if found is not None:
        assert len(found) == 1, (nums, target, found)
        return found[0]
    where = {}
    for j, x in enumerate(nums):
        if target - x in where:
            return [where[target - x], j]
        where[x] = j
def write(path, nums, target, expected=None):
    got = answer(nums, target)
    if expected is not None:
        assert got == expected, (got, expected)
    with open("%s/data/%s.in" % (root, path), "w") as f:
        f.write(json.dumps([nums, target], separators=(",", ":")) + "\n")
    with open("%s/data/%s.ans" % (root, path), "w") as f:
        f.write(json.dumps(got) + "\n")
write("sample/1", [2, 7, 11, 15], 9, [0, 1])
write("secret/01", [3, 2, 4], 6, [1, 2])
write("secret/02", [3, 3], 6, [0, 1])
write("secret/03", [-1, -2, -3, -4, -5], -8, [2, 4])
write("secret/04", [0, 4, 3, 0], 0, [0, 3])
write("secret/05", [1000000000, -7, 999999999, -1000000000, 12], 1999999999, [0, 2])
# 10^5 numbers: all multiples of 3 except the last two (1 mod 3); target is 2 mod 3, so only that
# pair sums to it, and a brute force scans ~5 * 10^9 pairs before it gets there.
n = 10**5
multiples = random.sample(range(-333333333, 333333334), n - 2)
nums = [3 * m for m in multiples] + [3 * 111111111 + 1, 3 * 222222222 + 1]
write("secret/06", nums, nums[-2] + nums[-1], [n - 2, n - 1])
