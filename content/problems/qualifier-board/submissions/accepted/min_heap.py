import heapq


def solve(scores, k):
    board = []  # min-heap of the k highest scores so far
    marks = []
    for s in scores:
        if len(board) < k:
            heapq.heappush(board, s)
        elif s > board[0]:
            heapq.heapreplace(board, s)
        if len(board) == k:
            marks.append(board[0])
    return marks
