"""
Interactive output validator with the Kattis interface:
    interactor.py input_file answer_file feedback_dir [flags...]
Its stdin is the submission's stdout and its stdout is the submission's stdin.
The input file holds `n m s` (s: the start chamber), then the n tags, then m passages `u v` between
chambers 1..n. Mouths are numbered in the order passages are listed: passage `u v` adds the next
mouth of u, then the next mouth of v (a loop `u u` adds two mouths to u).
Exit 42 accepts, 43 rejects; the reason goes to feedback_dir/judgemessage.txt.
"""
import os
import sys

ACCEPT, REJECT = 42, 43


def verdict(code, message):
    with open(os.path.join(sys.argv[3], "judgemessage.txt"), "w", encoding="utf-8") as feedback:
        feedback.write(message + "\n")
    sys.exit(code)


def send(line):
    try:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
    except (BrokenPipeError, OSError):
        verdict(REJECT, "the submission stopped reading before it gave its count")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        numbers = list(map(int, f.read().split()))
    n, m, start = numbers[0], numbers[1], numbers[2]
    tags = numbers[3 : 3 + n]
    ends = numbers[3 + n : 3 + n + 2 * m]
    mouths = [[] for _ in range(n + 1)]  # mouths[u][i - 1] = (chamber, mouth number there)
    for j in range(m):
        u, v = ends[2 * j], ends[2 * j + 1]
        mu = len(mouths[u]) + 1
        mv = len(mouths[v]) + 1 + (1 if u == v else 0)
        mouths[u].append((v, mv))
        mouths[v].append((u, mu))
    here = start
    send("%d %d" % (tags[here - 1], len(mouths[here])))
    moves = 0
    while True:
        line = sys.stdin.readline(100)
        if line == "":
            verdict(REJECT, "the submission ended without giving its count (print `! n`)")
        words = line.split()
        if len(words) != 2 or words[0] not in ("go", "!") or not words[1].lstrip("-").isdigit():
            verdict(REJECT, "expected `go i` or `! n`, got %r" % line.strip()[:50])
        value = int(words[1])
        if words[0] == "!":
            if value == n:
                verdict(ACCEPT, "counted %d chambers with %d of %d moves" % (n, moves, 2 * m))
            verdict(REJECT, "counted %d chambers, but the cave has %d" % (value, n))
        moves += 1
        if moves > 2 * m:
            verdict(REJECT, "move %d: the oil lasts for only 2m = %d moves" % (moves, 2 * m))
        if not 1 <= value <= len(mouths[here]):
            verdict(REJECT, "move %d: chamber %d has mouths 1..%d, not %d" % (moves, tags[here - 1], len(mouths[here]), value))
        here, back = mouths[here][value - 1]
        send("%d %d %d" % (tags[here - 1], len(mouths[here]), back))


main()
