# O(n^2): for each node of the first half, walks from the head to its partner n - 1 - i;
# ~2.5 * 10^9 steps on secret/11-large-even-mirror.
def solve(head):
    n, node = 0, head
    while node is not None:
        n, node = n + 1, node.next
    left = head
    for i in range(n // 2):
        right = head
        for _ in range(n - 1 - i):
            right = right.next
        if left.val != right.val:
            return False
        left = left.next
    return True
