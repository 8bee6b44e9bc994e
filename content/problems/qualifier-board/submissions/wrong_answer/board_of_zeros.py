# Starts the board with k zeros "to keep the code simple": negative scores never reach it.
import heapq


def solve(scores, k):
    board = [0] * k
    marks = []
    for i, s in enumerate(scores):
        if s > board[0]:
            heapq.heapreplace(board, s)
        if i >= k - 1:
            marks.append(board[0])
    return marks
