"""Input validator (Kattis interface): stdin is a JSON array [nums, target] with exactly one answer pair."""
import json
import sys

try:
    nums, target = json.loads(sys.stdin.read())
    ok = (
        2 <= len(nums) <= 10**5
        and all(type(x) is int and abs(x) <= 10**9 for x in nums)
        and type(target) is int
        and abs(target) <= 2 * 10**9
    )
    if ok:
        where, pairs = {}, 0
        for i, x in enumerate(nums):
            pairs += where.get(target - x, 0)
            where[x] = where.get(x, 0) + 1
        ok = pairs == 1
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
