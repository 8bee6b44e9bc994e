def solve(heights):
    shelter = [0] * len(heights)
    waiting = []  # indices without shelter yet; their heights never increase towards the top
    for i, h in enumerate(heights):
        while waiting and heights[waiting[-1]] < h:
            j = waiting.pop()
            shelter[j] = i - j
        waiting.append(i)
    return shelter
