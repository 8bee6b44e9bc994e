# Off by one in Floyd's second phase: both pointers step before they are compared. With a tail
# they still meet at the entrance, but when the loop starts at cairn 0 (the pointers already
# coincide) it reports the cairn after it. Caught by sample 2, secret/03-two-cairns and
# secret/17-large-one-big-loop.
def solve(arrows):
    slow = fast = 0
    while True:
        slow = arrows[slow]
        fast = arrows[arrows[fast]]
        if slow == fast:
            break
    entrance = 0
    while True:
        entrance, slow = arrows[entrance], arrows[slow]
        if entrance == slow:
            break
    length, at = 1, arrows[entrance]
    while at != entrance:
        at, length = arrows[at], length + 1
    return [entrance, length]
