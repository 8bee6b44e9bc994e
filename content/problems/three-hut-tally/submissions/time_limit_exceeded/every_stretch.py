# O(n^2): counts the huts of every stretch; 5 * 10^9 stretches on the 10^5-day logs.
def solve(log):
    n, best = len(log), 0
    for i in range(n):
        a = b = c = 0
        for j in range(i, n):
            ch = log[j]
            if ch == "a":
                a += 1
            elif ch == "b":
                b += 1
            elif ch == "c":
                c += 1
            if a == b == c and j - i + 1 > best:
                best = j - i + 1
    return best
