# O(n^2 log n): sorts all the scores so far after every jump.
def solve(scores, k):
    return [sorted(scores[: i + 1], reverse=True)[k - 1] for i in range(k - 1, len(scores))]
