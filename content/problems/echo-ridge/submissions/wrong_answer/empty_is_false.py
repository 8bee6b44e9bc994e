# Mistake: an empty ridge has no heights to echo, so it answers False; an empty sequence reads the
# same both ways. Caught by secret/01-empty.
def solve(head):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    return bool(values) and values == values[::-1]
