"""
Output validator with the Kattis interface:
    checker.py input_file answer_file feedback_dir [flags...] < team_output
Exit 42 accepts, 43 rejects; the reason goes to feedback_dir/judgemessage.txt.
The answer file holds the least time and one fastest route (or -1): only the time is taken from it.
"""
import os
import sys

ACCEPT, REJECT = 42, 43


def verdict(code, message):
    with open(os.path.join(sys.argv[3], "judgemessage.txt"), "w", encoding="utf-8") as feedback:
        feedback.write(message + "\n")
    sys.exit(code)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        numbers = list(map(int, f.read().split()))
    n, m = numbers[0], numbers[1]
    with open(sys.argv[2], encoding="utf-8") as f:
        best = int(f.read().split()[0])
    tokens = sys.stdin.buffer.read(16 << 20).decode("utf-8", "replace").split()
    try:
        values = [int(t) for t in tokens]
    except ValueError:
        verdict(REJECT, "expected integers, got %r" % " ".join(tokens)[:60])
    if not values:
        verdict(REJECT, "empty output: expected the time and the route, or -1")
    if best == -1:
        if values == [-1]:
            verdict(ACCEPT, "correctly found no route")
        verdict(REJECT, "hut %d cannot be reached from hut 1: expected -1, got %r" % (n, " ".join(tokens[:3])))
    if values[0] == -1:
        verdict(REJECT, "answered -1, but hut %d can be reached in %d" % (n, best))
    if len(values) < 2:
        verdict(REJECT, "expected the time T and the number of huts k on the first line")
    time, k, route = values[0], values[1], values[2:]
    if time != best:
        verdict(REJECT, "time %d is not the least time %d" % (time, best))
    if k < 1 or len(route) != k:
        verdict(REJECT, "the route should list k = %d huts, but %d numbers follow" % (k, len(route)))
    if route[0] != 1 or route[-1] != n:
        verdict(REJECT, "the route must start at hut 1 and end at hut %d, got %d ... %d" % (n, route[0], route[-1]))
    fastest = {}  # the fastest trail between each pair of huts
    for j in range(m):
        u, v, w = numbers[2 + 3 * j : 5 + 3 * j]
        key = (min(u, v), max(u, v))
        if key not in fastest or w < fastest[key]:
            fastest[key] = w
    total = 0
    for a, b in zip(route, route[1:]):
        key = (min(a, b), max(a, b))
        if key not in fastest:
            verdict(REJECT, "no trail joins huts %d and %d" % (a, b))
        total += fastest[key]
    if total != best:
        verdict(REJECT, "the route printed takes %d, not the %d printed" % (total, time))
    verdict(ACCEPT, "a fastest route of %d huts, %d in all" % (k, best))


main()
