import heapq


def solve(convoys):
    # (value, convoy index, node): the index breaks ties, so two ListNodes are never compared.
    heap = [(head.val, i, head) for i, head in enumerate(convoys) if head is not None]
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap:
        _, i, node = heapq.heappop(heap)
        tail.next = tail = node
        if node.next is not None:
            heapq.heappush(heap, (node.next.val, i, node.next))
    tail.next = None
    return dummy.next
