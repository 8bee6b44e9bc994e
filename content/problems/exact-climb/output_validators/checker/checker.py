"""
Output validator with the Kattis interface:
    checker.py input_file answer_file feedback_dir [flags...] < team_output
Exit 42 accepts, 43 rejects; the reason goes to feedback_dir/judgemessage.txt.
The answer file holds one right stretch or NONE: only whether a stretch exists is taken from it.
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
    n, s, legs = numbers[0], numbers[1], numbers[2:]
    with open(sys.argv[2], encoding="utf-8") as f:
        jury_none = f.read().split() == ["NONE"]
    tokens = sys.stdin.buffer.read(1 << 20).decode("utf-8", "replace").split()

    if len(tokens) == 1 and tokens[0].upper() == "NONE":
        if jury_none:
            verdict(ACCEPT, "correctly answered NONE")
        verdict(REJECT, "answered NONE, but a stretch adding up to %d exists" % s)
    if len(tokens) != 2:
        verdict(REJECT, "expected two integers l r (or NONE), got %d tokens" % len(tokens))
    try:
        l, r = int(tokens[0]), int(tokens[1])
    except ValueError:
        verdict(REJECT, "expected two integers l r (or NONE), got %r" % " ".join(tokens)[:60])
    if not 1 <= l <= r <= n:
        verdict(REJECT, "l = %d, r = %d is not a stretch: need 1 <= l <= r <= %d" % (l, r, n))
    total = sum(legs[l - 1 : r])
    if total != s:
        verdict(REJECT, "legs %d to %d add up to %d, not %d" % (l, r, total, s))
    if jury_none:
        verdict(REJECT, "the jury found no stretch but the submission did: the jury answer is wrong")
    verdict(ACCEPT, "legs %d to %d add up to %d" % (l, r, s))


main()
