def solve(head, k):
    dummy = ListNode(0, head)
    tail = dummy  # last node of the part already coiled
    reverse = True
    while tail.next is not None:
        first = last = tail.next
        for _ in range(k - 1):
            if last.next is None:
                break
            last = last.next
        rest = last.next
        if reverse:
            prev, node = rest, first
            while node is not rest:
                node.next, prev, node = prev, node, node.next
            tail.next = last
            tail = first
        else:
            tail = last
        reverse = not reverse
    return dummy.next
