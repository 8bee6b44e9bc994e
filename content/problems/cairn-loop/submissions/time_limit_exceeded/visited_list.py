# O(n^2): remembers the visited cairns in a list, and "in" scans the list at every step:
# ~5 * 10^9 comparisons on secret/14-large-half-tail-half-loop.
def solve(arrows):
    visited = []
    at = 0
    while at not in visited:
        visited.append(at)
        at = arrows[at]
    start = visited.index(at)
    return [at, len(visited) - start]
