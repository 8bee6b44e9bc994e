# Counts each score once: a score already on the board is skipped, but two jumpers with the same
# score take two places.
import heapq


def solve(scores, k):
    board, on_board, marks = [], set(), []
    for i, s in enumerate(scores):
        if s not in on_board:
            if len(board) < k:
                heapq.heappush(board, s)
                on_board.add(s)
            elif s > board[0]:
                on_board.discard(heapq.heapreplace(board, s))
                on_board.add(s)
        if i >= k - 1:
            marks.append(board[0])
    return marks
