# Correct but O(n^2): compares each name with every other; 4 * 10^8 pairs on 13-max-names.
def solve(names):
    out = []
    for i, a in enumerate(names):
        longest = 0
        for j, b in enumerate(names):
            if i != j:
                n = 0
                while n < len(a) and n < len(b) and a[n] == b[n]:
                    n += 1
                longest = max(longest, n)
        out.append(a[: longest + 1])
    return out
