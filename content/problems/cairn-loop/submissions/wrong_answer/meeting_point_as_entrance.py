# Mistake: stops after Floyd's first phase and reports where the pointers met as the entrance.
# Caught by sample 1 and secret/04-meeting-point-is-not-entrance.
def solve(arrows):
    slow = fast = 0
    while True:
        slow = arrows[slow]
        fast = arrows[arrows[fast]]
        if slow == fast:
            break
    length, at = 1, arrows[slow]
    while at != slow:
        at, length = arrows[at], length + 1
    return [slow, length]
