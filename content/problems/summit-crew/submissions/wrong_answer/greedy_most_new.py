# Mistake: greedy set cover: always takes the guide with the most skills still missing.
# Caught by sample/2 (answers 3, not 2) and secret/03-greedy-trap.
def solve(needed, guides):
    missing = set(needed)
    team = 0
    while missing:
        best = max(guides, key=lambda g: len(missing & set(g)))
        if not missing & set(best):
            return -1
        missing -= set(best)
        team += 1
    return team
