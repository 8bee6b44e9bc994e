# Greedy: the largest code must be in the best pair; XOR it with every other code
# (04-largest-not-in-pair).
def solve(codes):
    top = max(range(len(codes)), key=lambda i: codes[i])
    return max(codes[top] ^ c for i, c in enumerate(codes) if i != top)
