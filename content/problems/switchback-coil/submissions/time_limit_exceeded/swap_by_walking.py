# O(n * k): reverses a group by swapping values, finding each node by walking from the head;
# ~2.5 * 10^9 steps on secret/10-large-one-group.
def solve(head, k):
    def node_at(i):
        node = head
        for _ in range(i):
            node = node.next
        return node

    n, node = 0, head
    while node is not None:
        n, node = n + 1, node.next
    for g, start in enumerate(range(0, n, k)):
        if g % 2:
            continue
        i, j = start, min(start + k, n) - 1
        while i < j:
            a, b = node_at(i), node_at(j)
            a.val, b.val = b.val, a.val
            i, j = i + 1, j - 1
    return head
