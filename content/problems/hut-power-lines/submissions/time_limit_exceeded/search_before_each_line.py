# O(m * n): Kruskal, but "already joined?" is answered by a fresh search over the lines built so far.
# secret 15-large-path: 2 * 10^4 searches through a growing network of up to 2 * 10^4 huts.
def solve(n, lines):
    built = [[] for _ in range(n)]
    total = count = 0
    for a, b, cost in sorted(lines, key=lambda line: line[2]):
        seen = {a}
        stack = [a]
        while stack and b not in seen:
            u = stack.pop()
            for v in built[u]:
                if v not in seen:
                    seen.add(v)
                    stack.append(v)
        if b in seen:
            continue
        built[a].append(b)
        built[b].append(a)
        total += cost
        count += 1
    return total if count == n - 1 else -1
