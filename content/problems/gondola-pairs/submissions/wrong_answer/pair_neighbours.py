# A greedy that looks right: after sorting, pair each rider with the next lightest when they fit.
# The light riders pair among themselves and the heavy ones go alone. Caught by secret/06-neighbours-are-wrong.
def solve(weights, limit):
    order = sorted(weights)
    i, cabins = 0, 0
    while i < len(order):
        if i + 1 < len(order) and order[i] + order[i + 1] <= limit:
            i += 2
        else:
            i += 1
        cabins += 1
    return cabins
