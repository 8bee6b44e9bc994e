# The trap this problem is about: a sliding window (shrink while the sum is above k) assumes that
# adding a minute never lowers the sum. With negative changes it skips stretches.
# Caught by sample 1.
def solve(changes, k):
    total = left = count = 0
    for right, c in enumerate(changes):
        total += c
        while total > k and left <= right:
            total -= changes[left]
            left += 1
        if total == k and left <= right:
            count += 1
    return count
