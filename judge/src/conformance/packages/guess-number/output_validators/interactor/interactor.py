"""
Interactive output validator with the Kattis interface:
    interactor.py input_file answer_file feedback_dir [flags...]
Its stdin is the submission's stdout and its stdout is the submission's stdin.
Exit 42 accepts, 43 rejects; the reason goes to feedback_dir/judgemessage.txt.
"""
import os
import sys

ACCEPT, REJECT = 42, 43
MAX_GUESSES = 20


def verdict(code, message):
    with open(os.path.join(sys.argv[3], "judgemessage.txt"), "w", encoding="utf-8") as feedback:
        feedback.write(message + "\n")
    sys.exit(code)


def reply(word):
    try:
        sys.stdout.write(word + "\n")
        sys.stdout.flush()
    except (BrokenPipeError, OSError):
        verdict(REJECT, "the submission stopped reading before the game ended")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        secret = int(f.read().split()[0])
    for guesses in range(1, MAX_GUESSES + 1):
        line = sys.stdin.readline(1000)
        if line == "":
            verdict(REJECT, "the submission stopped after %d wrong guesses without finding %d" % (guesses - 1, secret))
        try:
            guess = int(line.strip())
        except ValueError:
            verdict(REJECT, "guess %d is not an integer: %r" % (guesses, line.strip()[:50]))
        if guess == secret:
            reply("correct")
            verdict(ACCEPT, "found %d in %d guess%s" % (secret, guesses, "" if guesses == 1 else "es"))
        reply("higher" if secret > guess else "lower")
    verdict(REJECT, "did not find %d within %d guesses" % (secret, MAX_GUESSES))


main()
