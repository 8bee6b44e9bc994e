"""
Output validator with the Kattis interface:
    checker.py input_file answer_file feedback_dir [flags...] < team_output
Exit 42 accepts, 43 rejects; the reason goes to feedback_dir/judgemessage.txt.
The answer file holds one right segmentation or NONE: only whether one exists is taken from it.
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
        data = f.read().split()
    m = int(data[0])
    dictionary, text = set(data[1 : 1 + m]), data[1 + m]
    with open(sys.argv[2], encoding="utf-8") as f:
        jury_none = f.read().split() == ["NONE"]
    # The longest right output is the text plus one space per letter; read a little more than that.
    tokens = sys.stdin.buffer.read(2 * len(text) + 1024).decode("utf-8", "replace").split()

    if len(tokens) == 1 and tokens[0].upper() == "NONE":
        if jury_none:
            verdict(ACCEPT, "correctly answered NONE")
        verdict(REJECT, "answered NONE, but the message can be split into dictionary words")
    if not tokens:
        verdict(REJECT, "empty output: print the words, or NONE")
    for i, token in enumerate(tokens):
        if token not in dictionary:
            verdict(REJECT, "word %d, %r, is not in the dictionary" % (i + 1, token[:60]))
    joined = "".join(tokens)
    if joined != text:
        at = next((i for i, (a, b) in enumerate(zip(joined, text)) if a != b), min(len(joined), len(text)))
        verdict(REJECT, "the words do not spell the message: they differ from letter %d on (%d letters against %d)" % (at + 1, len(joined), len(text)))
    if jury_none:
        verdict(REJECT, "the jury found no split but the submission did: the jury answer is wrong")
    verdict(ACCEPT, "%d dictionary words spell the message" % len(tokens))


main()
