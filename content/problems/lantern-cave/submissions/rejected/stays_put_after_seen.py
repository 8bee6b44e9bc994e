# Mistake: after walking into a chamber already seen, carries on as if still in the chamber it left:
# its next `go` uses a mouth number of the wrong chamber. Caught by secret 08-small-random: the
# interactor rejects a mouth that chamber does not have (Wrong Answer), and this program then crashes
# reading the closed pipe; which of the two the judge sees first is a race, so it lives in rejected/.
import sys


def read():
    return list(map(int, sys.stdin.readline().split()))


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
            if not back:
                break
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
        if not known[there][b]:
            known[there][b] = True
            unknown -= 1
    print("!", len(known), flush=True)


main()
