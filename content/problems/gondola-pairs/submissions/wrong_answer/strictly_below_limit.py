# Wrong comparison: two riders share only when they weigh strictly less than the limit.
# Caught by secret/03-pairs-exactly-at-limit.
def solve(weights, limit):
    order = sorted(weights)
    light, heavy, cabins = 0, len(order) - 1, 0
    while light <= heavy:
        if light < heavy and order[light] + order[heavy] < limit:
            light += 1
        heavy -= 1
        cabins += 1
    return cabins
