"""
Output validator with the Kattis interface:
    checker.py input_file answer_file feedback_dir [flags...] < team_output
Exit 42 accepts, 43 rejects; the reason goes to feedback_dir/judgemessage.txt.
The answer file holds the least total cost (or IMPOSSIBLE) and one cheapest plan: only the first
token is taken from it.
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
    cables = [tuple(numbers[2 + 3 * i : 5 + 3 * i]) for i in range(m)]
    with open(sys.argv[2], encoding="utf-8") as f:
        first = f.read().split()[0]
    tokens = sys.stdin.buffer.read(16 << 20).decode("utf-8", "replace").split()
    if not tokens:
        verdict(REJECT, "empty output")
    if first == "IMPOSSIBLE":
        if len(tokens) == 1 and tokens[0].upper() == "IMPOSSIBLE":
            verdict(ACCEPT, "correctly found that the stations cannot all be joined")
        verdict(REJECT, "the stations cannot all be joined: expected IMPOSSIBLE, got %r" % " ".join(tokens[:3])[:60])
    best = int(first)
    if tokens[0].upper() == "IMPOSSIBLE":
        verdict(REJECT, "answered IMPOSSIBLE, but a plan costing %d exists" % best)
    try:
        values = [int(t) for t in tokens]
    except ValueError:
        verdict(REJECT, "expected integers, got %r" % " ".join(tokens)[:60])
    total, chosen = values[0], values[1:]
    if total != best:
        verdict(REJECT, "total %d is not the least total %d" % (total, best))
    if len(chosen) != n - 1:
        verdict(REJECT, "a plan for %d stations has %d cables, got %d numbers" % (n, n - 1, len(chosen)))
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    cost = 0
    used = set()
    for i in chosen:
        if not 1 <= i <= m:
            verdict(REJECT, "there is no cable %d (cables are numbered 1..%d)" % (i, m))
        if i in used:
            verdict(REJECT, "cable %d is listed twice" % i)
        used.add(i)
        u, v, w = cables[i - 1]
        if find(u) == find(v):
            verdict(REJECT, "cable %d (%d-%d) closes a loop: its stations are already joined" % (i, u, v))
        parent[find(u)] = find(v)
        cost += w
    if cost != total:
        verdict(REJECT, "the cables listed cost %d, not the %d printed" % (cost, total))
    verdict(ACCEPT, "a cheapest plan of %d cables, %d in all" % (n - 1, best))


main()
