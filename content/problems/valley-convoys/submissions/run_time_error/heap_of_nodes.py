# Mistake: heap entries (value, node) without a tie-breaker: on equal values heapq compares two
# ListNode objects and raises TypeError. Crashes on sample/1 (two trucks at minute 4).
import heapq


def solve(convoys):
    heap = [(head.val, head) for head in convoys if head is not None]
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap:
        _, node = heapq.heappop(heap)
        tail.next = tail = node
        if node.next is not None:
            heapq.heappush(heap, (node.next.val, node.next))
    tail.next = None
    return dummy.next
