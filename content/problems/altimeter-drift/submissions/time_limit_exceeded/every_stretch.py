# O(n^2): the net change of every stretch with a running sum; 5 * 10^9 stretches on
# secret/12-large-all-zero.
def solve(changes, k):
    count = 0
    for i in range(len(changes)):
        total = 0
        for j in range(i, len(changes)):
            total += changes[j]
            if total == k:
                count += 1
    return count
