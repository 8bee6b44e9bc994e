"""
Interactor (Kattis interface): interactor.py input_file answer_file feedback_dir.
Sends n, reads one line, and decides at once: 42 if it is n + 1, else 43 — without waiting for the
submission to exit, so a submission that keeps running after a wrong answer is still judged Wrong Answer.
"""
import os
import sys


def verdict(code, message):
    with open(os.path.join(sys.argv[3], "judgemessage.txt"), "w", encoding="utf-8") as feedback:
        feedback.write(message + "\n")
    sys.exit(code)


with open(sys.argv[1], encoding="utf-8") as f:
    n = int(f.read())
try:
    sys.stdout.write("%d\n" % n)
    sys.stdout.flush()
except (BrokenPipeError, OSError):
    verdict(43, "the submission exited before reading n")
line = sys.stdin.readline(100).strip()
if line == str(n + 1):
    verdict(42, "answered %d" % (n + 1))
verdict(43, "expected %d, got %r" % (n + 1, line[:30]))
