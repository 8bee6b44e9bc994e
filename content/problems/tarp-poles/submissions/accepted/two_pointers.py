# Two pointers from both ends; the shorter pole limits every tarp it could still hold, so move it.
def solve(poles):
    i, j, best = 0, len(poles) - 1, 0
    while i < j:
        if poles[i] < poles[j]:
            area = (j - i) * poles[i]
            i += 1
        else:
            area = (j - i) * poles[j]
            j -= 1
        if area > best:
            best = area
    return best
