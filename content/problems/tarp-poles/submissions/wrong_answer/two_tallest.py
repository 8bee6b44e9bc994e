# A greedy that looks right: hang the tarp between the two tallest poles.
# Caught by secret/03-wide-beats-tall.
def solve(poles):
    order = sorted(range(len(poles)), key=lambda i: poles[i], reverse=True)
    a, b = order[0], order[1]
    return abs(a - b) * min(poles[a], poles[b])
