# Mistake: moves the TALLER pole inwards; the shorter one stays and keeps limiting every pair.
# Caught by sample 1 and secret/05-move-the-shorter.
def solve(poles):
    i, j, best = 0, len(poles) - 1, 0
    while i < j:
        best = max(best, (j - i) * min(poles[i], poles[j]))
        if poles[i] > poles[j]:
            i += 1
        else:
            j -= 1
    return best
