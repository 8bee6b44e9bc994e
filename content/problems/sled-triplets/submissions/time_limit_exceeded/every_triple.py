# O(n^3): every triple of sleds, 4.5 * 10^9 sums for n = 3000 (secret/13-large-many-duplicates).
def solve(loads, target):
    n = len(loads)
    found = set()
    for a in range(n):
        for b in range(a + 1, n):
            for c in range(b + 1, n):
                if loads[a] + loads[b] + loads[c] == target:
                    found.add(tuple(sorted((loads[a], loads[b], loads[c]))))
    return len(found)
