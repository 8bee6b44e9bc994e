# Mistake: a set intersection keeps each shared height once. Caught by sample 1.
def solve(mine, yours):
    return sorted(set(mine) & set(yours))
