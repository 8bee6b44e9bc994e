"""
Interactive output validator with the Kattis interface:
    interactor.py input_file answer_file feedback_dir [flags...]
Its stdin is the submission's stdout and its stdout is the submission's stdin.
The input file holds `n p` and, on its second line, the ridge's profile:
    list h_1 ... h_n              the altitudes themselves (small ridges, the sample)
    blocks SEED K LO HI BASE      counted from the summit outwards, each side falls in blocks of K poles;
                                  each block has its own random step in LO..HI (from SEED), and each
                                  pole a small random offset below LO / 2, so steps vary everywhere
                                  and the ridge stays strictly unimodal; the lowest pole is near BASE.
So a ridge of 10^6 poles stays a few bytes, and each altitude is computed in O(1) when asked.
Exit 42 accepts, 43 rejects; the reason goes to feedback_dir/judgemessage.txt.
"""
import os
import random
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


def block_profile(n, summit, seed, block, lo, hi, base):
    """The altitude function of a `blocks` ridge (see the module docstring)."""
    rng = random.Random(seed)
    wobble_span = max(1, lo // 2)

    def side(length):
        # drop[j]: how far the pole j steps from the summit lies below it, before its offset.
        slopes = [rng.randint(lo, hi) for _ in range(length // block + 1)]
        starts = [0]
        for slope in slopes:
            starts.append(starts[-1] + slope * block)
        return lambda j: starts[j // block] + slopes[j // block] * (j % block)

    rising, falling = side(summit - 1), side(n - summit)
    salt = rng.getrandbits(32)
    top = base + max(rising(summit - 1), falling(n - summit)) + wobble_span

    def height(i):
        if i == summit:
            return top
        drop = rising(summit - i) if i < summit else falling(i - summit)
        # The offset changes by less than lo / 2 between neighbours while the drop grows by at least
        # lo: every step away from the summit still goes down.
        wobble = ((i * 2654435761 + salt) >> 7) % wobble_span
        return top - drop - wobble

    return height


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        first, profile = f.read().split("\n")[:2]
    n, summit = map(int, first.split())
    words = profile.split()
    if words[0] == "list":
        altitudes = list(map(int, words[1:]))
        height = lambda i: altitudes[i - 1]
    else:
        seed, block, lo, hi, base = map(int, words[1:])
        height = block_profile(n, summit, seed, block, lo, hi, base)
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
        send(str(height(pole)))


main()
