# O(n^2): for each heavy rider, rescans from the light end for the lightest rider not yet seated,
# stepping over every rider already taken: ~2.5 * 10^9 steps on secret/12-large-all-pair-up.
def solve(weights, limit):
    order = sorted(weights)
    seated = [False] * len(order)
    cabins = 0
    for heavy in range(len(order) - 1, -1, -1):
        if seated[heavy]:
            continue
        seated[heavy] = True
        cabins += 1
        for light in range(heavy):
            if not seated[light]:
                if order[light] + order[heavy] <= limit:
                    seated[light] = True
                break
    return cabins
