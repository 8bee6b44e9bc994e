# Pops on <=: a mast of the same height counts as shelter, but equal is not taller.
def solve(heights):
    shelter = [0] * len(heights)
    waiting = []
    for i, h in enumerate(heights):
        while waiting and heights[waiting[-1]] <= h:
            j = waiting.pop()
            shelter[j] = i - j
        waiting.append(i)
    return shelter
