# Off by one: clears the lockers from write + 1 on, leaving a stale ski in locker `write`.
# Caught by sample 1.
def solve(lockers):
    write = 0
    for read in range(len(lockers)):
        if lockers[read] != 0:
            lockers[write] = lockers[read]
            write += 1
    for i in range(write + 1, len(lockers)):
        lockers[i] = 0
    return lockers
