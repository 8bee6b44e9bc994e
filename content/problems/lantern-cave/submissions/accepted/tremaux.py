# Physical depth-first search: every passage is walked at most twice, and both ends of a passage
# become known once it is walked. Stops as soon as no mouth of a seen chamber is unknown.
import sys


def read():
    return list(map(int, sys.stdin.readline().split()))


def go(mouth):
    print("go", mouth, flush=True)
    return read()


def main():
    here, degree = read()
    known = {here: [False] * (degree + 1)}  # known[tag][i]: mouth i walked from either side
    cursor = {here: 1}  # the first mouth of each chamber that may still be unknown
    unknown = degree  # unknown mouths over all chambers seen
    back = []  # for each chamber on the search path below the start: the mouth back to its parent
    while unknown > 0:
        mouths = known[here]
        i = cursor[here]
        while i < len(mouths) and mouths[i]:
            i += 1
        cursor[here] = i
        if i == len(mouths):  # every mouth here is known: return to the parent
            here = go(back.pop())[0]
            continue
        mouths[i] = True
        unknown -= 1
        there, d, b = go(i)
        new = there not in known
        if new:
            known[there] = [False] * (d + 1)
            cursor[there] = 1
            unknown += d
        if not known[there][b]:
            known[there][b] = True
            unknown -= 1
        if new:
            back.append(b)
            here = there
        elif there != here and unknown > 0:
            go(b)  # a seen chamber: step straight back out of it
        # (a passage that loops to this chamber leaves us where we were)
    print("!", len(known), flush=True)


main()
