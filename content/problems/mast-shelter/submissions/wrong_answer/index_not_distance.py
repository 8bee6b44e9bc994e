# Records where the shelter stands (j), not how far east it is (j - i).
def solve(heights):
    shelter = [0] * len(heights)
    waiting = []
    for i, h in enumerate(heights):
        while waiting and heights[waiting[-1]] < h:
            shelter[waiting.pop()] = i
        waiting.append(i)
    return shelter
