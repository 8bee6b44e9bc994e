# Read and write pointers: `write` is where the next ski goes; every ski read moves there, in
# order. Then the lockers from `write` on are empty. In place, O(n), O(1) extra memory.
def solve(lockers):
    write = 0
    for read in range(len(lockers)):
        if lockers[read] != 0:
            lockers[write] = lockers[read]
            write += 1
    for i in range(write, len(lockers)):
        lockers[i] = 0
    return lockers
