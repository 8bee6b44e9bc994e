"""
Interactive output validator with the Kattis interface:
    interactor.py input_file answer_file feedback_dir [flags...]
Its stdin is the submission's stdout and its stdout is the submission's stdin.
The input file holds `n p seed`; the altitudes follow from them (see height), so a test of 10^6 poles
stays a few bytes. Exit 42 accepts, 43 rejects; the reason goes to feedback_dir/judgemessage.txt.
"""
import os
import sys

ACCEPT, REJECT = 42, 43
MAX_QUESTIONS = 50


def verdict(code, message):
    with open(os.path.join(sys.argv[3], "judgemessage.txt"), "w", encoding="utf-8") as feedback:
        feedback.write(message + "\n")
    sys.exit(code)


def send(line):
    try:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
    except (BrokenPipeError, OSError):
        verdict(REJECT, "the submission stopped reading before it named the summit")


def height(i, summit, seed):
    """1000 per pole up to the summit and down after it, plus a wobble below 1000: strictly unimodal."""
    wobble = ((i * 2654435761 + seed) >> 7) % 1000
    return 10**9 + 1000 * (i if i <= summit else 2 * summit - i) + wobble


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        n, summit, seed = map(int, f.read().split())
    send(str(n))
    questions = 0
    while True:
        line = sys.stdin.readline(100)
        if line == "":
            verdict(REJECT, "the submission ended without naming the summit (print `! p`)")
        words = line.split()
        if len(words) != 2 or words[0] not in ("?", "!") or not words[1].lstrip("-").isdigit():
            verdict(REJECT, "expected `? i` or `! p`, got %r" % line.strip()[:50])
        pole = int(words[1])
        if words[0] == "!":
            if pole == summit:
                verdict(ACCEPT, "found summit %d of %d poles with %d questions" % (summit, n, questions))
            verdict(REJECT, "named pole %d, but the summit is pole %d" % (pole, summit))
        questions += 1
        if questions > MAX_QUESTIONS:
            verdict(REJECT, "asked more than %d questions" % MAX_QUESTIONS)
        if not 1 <= pole <= n:
            verdict(REJECT, "asked for pole %d, outside 1..%d" % (pole, n))
        send(str(height(pole, summit, seed)))


main()
