# A fixed window: add the hour that enters, subtract the hour that leaves. O(n).
def solve(deviations, k):
    total = sum(deviations[:k])
    best = total
    for i in range(k, len(deviations)):
        total += deviations[i] - deviations[i - k]
        if total > best:
            best = total
    return best
