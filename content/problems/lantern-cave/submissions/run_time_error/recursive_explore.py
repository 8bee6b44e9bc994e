# Mistake: a recursive exploration under Python's default recursion limit (1000): RecursionError in
# secret 14-large-tunnel-end, 3000 chambers deep. (The exploration itself is right.)
import sys


def read():
    return list(map(int, sys.stdin.readline().split()))


def go(mouth):
    print("go", mouth, flush=True)
    return read()


known = {}
state = {"unknown": 0}


def explore(here):
    mouths = known[here]
    for i in range(1, len(mouths)):
        if state["unknown"] == 0:
            return
        if mouths[i]:
            continue
        mouths[i] = True
        state["unknown"] -= 1
        there, d, b = go(i)
        new = there not in known
        if new:
            known[there] = [False] * (d + 1)
            state["unknown"] += d
        if not known[there][b]:
            known[there][b] = True
            state["unknown"] -= 1
        if new:
            explore(there)
            if state["unknown"] == 0:
                return
            go(b)
        elif there != here and state["unknown"] > 0:
            go(b)


def main():
    here, degree = read()
    known[here] = [False] * (degree + 1)
    state["unknown"] = degree
    explore(here)
    print("!", len(known), flush=True)


main()
