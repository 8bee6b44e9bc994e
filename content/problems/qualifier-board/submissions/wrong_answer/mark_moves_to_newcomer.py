# Greedy: keeps only the mark; a better score becomes the new mark. But the new mark is the old
# second-lowest of the top k, which can be lower than the newcomer (right only for k = 1).
def solve(scores, k):
    mark = min(scores[:k])
    marks = [mark]
    for s in scores[k:]:
        if s > mark:
            mark = s
        marks.append(mark)
    return marks
