"""Multi-pass output validator: validate.py input answer feedback_dir [--max-length N] < output.

Pass 1 (no state file yet): the output must be a word of lowercase letters; it becomes the input of
pass 2 (nextpass.in). Pass 2: the output must be the hidden number. The feedback directory keeps the
state between the passes.
"""
import os
import re
import sys

input_file, _answer_file, feedback = sys.argv[1:4]
flags = sys.argv[4:]
max_length = int(flags[flags.index("--max-length") + 1]) if "--max-length" in flags else 20
hidden = open(input_file).read().strip()
output = sys.stdin.read().strip()
state = os.path.join(feedback, "state")


def reject(message):
    with open(os.path.join(feedback, "judgemessage.txt"), "w") as f:
        f.write(message)
    sys.exit(43)


if not os.path.exists(state):
    if not re.fullmatch(r"[a-z]{1,%d}" % max_length, output):
        reject("pass 1: expected a word of 1 to %d lowercase letters, got %r" % (max_length, output[:40]))
    with open(state, "w") as f:
        f.write("pass 2\n")
    with open(os.path.join(feedback, "nextpass.in"), "w") as f:
        f.write(output + "\n")
    sys.exit(42)

if output != hidden:
    reject("pass 2: expected %s, got %r" % (hidden, output[:40]))
sys.exit(42)
