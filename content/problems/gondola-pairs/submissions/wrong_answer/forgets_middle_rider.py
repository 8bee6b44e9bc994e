# Off by one: "while light < heavy" stops before the rider left alone in the middle gets a cabin.
# Caught by secret/01-single and secret/04-middle-rider-alone.
def solve(weights, limit):
    order = sorted(weights)
    light, heavy, cabins = 0, len(order) - 1, 0
    while light < heavy:
        if order[light] + order[heavy] <= limit:
            light += 1
        heavy -= 1
        cabins += 1
    return cabins
