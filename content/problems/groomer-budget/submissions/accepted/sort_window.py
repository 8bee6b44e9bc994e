# Sort, then a variable window: raising a[l..r] to a[r] costs a[r] * len - sum; shrink while too dear.
def solve(depths, budget):
    a = sorted(depths)
    left = total = best = 0
    for right, x in enumerate(a):
        total += x
        while x * (right - left + 1) - total > budget:
            total -= a[left]
            left += 1
        if right - left + 1 > best:
            best = right - left + 1
    return best
