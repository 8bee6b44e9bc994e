# Mistake: marks only the mouth it walked into, not the mouth it came out of, so every passage is
# explored again from its other end (up to 4m moves). Caught by sample 1: the oil runs out.
import sys


def read():
    line = sys.stdin.readline()
    if not line:
        # The cave stopped answering (the oil ran out): end quietly, so the verdict is the
        # interactor's Wrong Answer and never a crash that races with it.
        sys.exit(0)
    return list(map(int, line.split()))


def go(mouth):
    print("go", mouth, flush=True)
    return read()


def main():
    here, degree = read()
    known = {here: [False] * (degree + 1)}
    unknown = degree
    back = []
    while unknown > 0:
        mouths = known[here]
        i = next((j for j in range(1, len(mouths)) if not mouths[j]), None)
        if i is None:
            here = go(back.pop())[0]
            continue
        mouths[i] = True
        unknown -= 1
        there, d, b = go(i)
        if there not in known:
            known[there] = [False] * (d + 1)
            unknown += d
            back.append(b)
            here = there
        elif there != here:
            go(b)
    print("!", len(known), flush=True)


main()
