# A max-heap of the scores (negated): its root is the best score, not the k-th best.
import heapq


def solve(scores, k):
    board, marks = [], []
    for i, s in enumerate(scores):
        heapq.heappush(board, -s)
        if i >= k - 1:
            marks.append(-board[0])
    return marks
