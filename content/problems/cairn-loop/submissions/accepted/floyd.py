# Floyd's tortoise and hare: O(n) time, O(1) extra memory.
def solve(arrows):
    slow = fast = 0
    while True:
        slow = arrows[slow]
        fast = arrows[arrows[fast]]
        if slow == fast:
            break
    # From the start and from the meeting point, the loop's entrance is the same number of steps away.
    entrance = 0
    while entrance != slow:
        entrance, slow = arrows[entrance], arrows[slow]
    length, at = 1, arrows[entrance]
    while at != entrance:
        at, length = arrows[at], length + 1
    return [entrance, length]
