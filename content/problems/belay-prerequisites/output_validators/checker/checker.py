"""
Output validator with the Kattis interface:
    checker.py input_file answer_file feedback_dir [flags...] < team_output
Exit 42 accepts, 43 rejects; the reason goes to feedback_dir/judgemessage.txt.
The answer file holds one right answer (ORDER or CYCLE): only which of the two it is, is taken from it.
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
    rules = list(zip(numbers[2 : 2 + 2 * m : 2], numbers[3 : 3 + 2 * m : 2]))
    with open(sys.argv[2], encoding="utf-8") as f:
        jury_cycle = f.read().split()[0] == "CYCLE"
    tokens = sys.stdin.buffer.read(16 << 20).decode("utf-8", "replace").split()
    if not tokens or tokens[0].upper() not in ("ORDER", "CYCLE"):
        verdict(REJECT, "the output must start with ORDER or CYCLE, got %r" % (tokens[:1] or [""])[0][:40])
    try:
        values = [int(t) for t in tokens[1:]]
    except ValueError:
        verdict(REJECT, "expected integers after %s" % tokens[0])

    if tokens[0].upper() == "ORDER":
        if len(values) != n:
            verdict(REJECT, "ORDER must list %d courses, got %d numbers" % (n, len(values)))
        position = [-1] * (n + 1)
        for i, course in enumerate(values):
            if not 1 <= course <= n or position[course] >= 0:
                verdict(REJECT, "ORDER is not a permutation of 1..%d (course %d)" % (n, course))
            position[course] = i
        for a, b in rules:
            if position[a] >= position[b]:
                verdict(REJECT, "the rule %d %d is broken: %d comes %s" % (a, b, a, "at the same place" if a == b else "after %d" % b))
        if jury_cycle:
            verdict(REJECT, "the submission's order keeps every rule but the jury found a cycle: jury error")
        verdict(ACCEPT, "a valid order of %d courses" % n)

    if not values:
        verdict(REJECT, "CYCLE must be followed by its length k")
    k, cycle = values[0], values[1:]
    if k < 1:
        verdict(REJECT, "CYCLE %d: a cycle has at least one course" % k)
    if len(cycle) != k:
        verdict(REJECT, "CYCLE %d must be followed by exactly %d courses, got %d" % (k, k, len(cycle)))
    if any(not 1 <= c <= n for c in cycle) or len(set(cycle)) != k:
        verdict(REJECT, "the cycle's courses must be different courses of 1..%d" % n)
    present = set(rules)
    for i in range(k):
        a, b = cycle[i], cycle[(i + 1) % k]
        if (a, b) not in present:
            verdict(REJECT, "the syllabus has no rule %d %d (step %d of the cycle)" % (a, b, i + 1))
    if not jury_cycle:
        verdict(REJECT, "the submission's cycle is valid but the jury found an order: jury error")
    verdict(ACCEPT, "a valid cycle of %d courses" % k)


main()
