"""
Output validator with the Kattis interface:
    checker.py input_file answer_file feedback_dir [flags...] < team_output
Exit 42 accepts, 43 rejects; the reason goes to feedback_dir/judgemessage.txt.
The answer file holds the jury's answer: NONE, or one valid permutation (only whether one exists matters).
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
        n = int(f.read().split()[0])
    with open(sys.argv[2], encoding="utf-8") as f:
        jury_none = f.read().split() == ["NONE"]
    tokens = sys.stdin.buffer.read(16 * 2**20).decode("utf-8", "replace").split()

    if len(tokens) == 1 and tokens[0].upper() == "NONE":
        if jury_none:
            verdict(ACCEPT, "correctly answered NONE")
        verdict(REJECT, "answered NONE, but a valid permutation of 1..%d exists" % n)
    if jury_none:
        verdict(REJECT, "no valid permutation exists for n = %d; the answer is NONE" % n)
    if len(tokens) != n:
        verdict(REJECT, "expected %d numbers, got %d tokens" % (n, len(tokens)))
    try:
        values = [int(token) for token in tokens]
    except ValueError:
        verdict(REJECT, "output holds a token that is not an integer")
    if sorted(values) != list(range(1, n + 1)):
        verdict(REJECT, "output is not a permutation of 1..%d" % n)
    for i in range(n - 1):
        if abs(values[i] - values[i + 1]) <= 1:
            verdict(
                REJECT,
                "positions %d and %d hold %d and %d, which differ by at most 1"
                % (i + 1, i + 2, values[i], values[i + 1]),
            )
    verdict(ACCEPT, "valid permutation of 1..%d" % n)


main()
