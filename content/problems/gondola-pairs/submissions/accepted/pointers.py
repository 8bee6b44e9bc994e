# Sort, then the heaviest rider left takes the lightest one along when they fit. O(n log n).
def solve(weights, limit):
    order = sorted(weights)
    light, heavy, cabins = 0, len(order) - 1, 0
    while light <= heavy:
        if light < heavy and order[light] + order[heavy] <= limit:
            light += 1
        heavy -= 1
        cabins += 1
    return cabins
