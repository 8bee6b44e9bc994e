"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import os
import random
import sys

random.seed(7)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 200000


def at_most(colours, k):
    """Runs with at most k distinct colours: for each right end, every left end from `left` on."""
    seen = [0] * (len(colours) + 1)
    distinct = left = total = 0
    for right, c in enumerate(colours):
        if seen[c] == 0:
            distinct += 1
        seen[c] += 1
        while distinct > k:
            seen[colours[left]] -= 1
            if seen[colours[left]] == 0:
                distinct -= 1
            left += 1
        total += right - left + 1
    return total


def answer(colours, k):
    return at_most(colours, k) - at_most(colours, k - 1)


def brute(colours, k):
    n = len(colours)
    return sum(1 for i in range(n) for j in range(i, n) if len(set(colours[i : j + 1])) == k)


def write(path, cases, expected=None):
    got = [answer(colours, k) for colours, k in cases]
    if expected is not None:
        assert got == expected, (got, expected)
    for (colours, k), value in zip(cases, got):
        if len(colours) <= 60:
            assert brute(colours, k) == value
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(f"{len(cases)}\n")
        for colours, k in cases:
            f.write(f"{len(colours)} {k}\n{' '.join(map(str, colours))}\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write("".join(f"{v}\n" for v in got))


def random_case(n, colours_used, k):
    """n gates painted with colours 1..colours_used (at most n, as the statement asks), and k <= n."""
    colours_used, k = min(colours_used, n), min(k, n)
    return [random.randint(1, colours_used) for _ in range(n)], k


write("secret/00-one-gate", [([1], 1)], [1])
write("sample/1", [([1, 2, 1, 3], 2), ([2, 2, 2], 1), ([1, 2, 3], 3)], [4, 6, 1])
write("sample/2", [([3, 1, 3, 3, 2], 2), ([1, 1], 2)], [7, 0])
# Edge cases, one test file: n = 1; k = n; k above the colours there are; all equal; all different.
write(
    "secret/01-edges",
    [
        ([1], 1),
        ([2, 1], 2),
        ([1, 1, 1, 1], 2),
        ([4, 3, 2, 1], 1),
        ([4, 3, 2, 1], 4),
        ([1, 2, 1, 2, 1], 2),
        ([5, 5, 1, 5, 5], 1),
        ([1, 2, 3, 1, 2, 3], 3),
    ],
)
# Many small cases: a count table not cleared between cases leaks one case's colours into the next.
write("secret/02-small-random-many", [random_case(random.randint(1, 12), random.randint(1, 4), random.randint(1, 3)) for _ in range(400)])
cases = []
for _ in range(200):
    n = random.randint(1, 60)
    cases.append(random_case(n, random.randint(1, n), random.randint(1, n)))
write("secret/03-small-random-wide", cases)
# The most cases: 10^4 cases of 20 gates (reading line by line with input() is slow here).
cases = []
for _ in range(10**4):
    colours, k = random_case(20, random.randint(1, 20), random.randint(1, 5))
    cases.append((colours, k))
cases[-1] = ([20] * 20, 1)
write("secret/04-max-cases", cases)
# One colour over the whole course, k = 1: every run counts, n(n + 1) / 2 = 2 * 10^10 overflows 32 bits.
write("secret/05-large-one-colour", [([1] * N, 1)])
# All colours different and k = n / 2 (n = 5 * 10^4): a search that extends every run until it has too many colours
# walks n / 2 gates from each start; only n / 2 + 1 runs count.
perm = list(range(1, N // 4 + 1))
random.shuffle(perm)
write("secret/06-large-all-different", [(perm, N // 8)])
# Few colours, small k: the answer is large and spread through the course.
write("secret/07-large-few-colours", [random_case(N // 2, 5, 3), random_case(N // 2, 40, 7)])
# k = n, the largest k, with only ten colours on the course (one of them the largest, n): no run has
# k colours, the answer is 0 (and a search that stops only at "too many colours" never stops early).
write("secret/08-large-k-above-colours", [([random.randint(1, 9) for _ in range(N - 1)] + [N], N)])
# Every colour once in the second half, k = that many: only the runs that reach the last gate count.
half = 20000
write("secret/09-runs-must-reach-the-end", [([1] * half + list(range(1, half + 1)), half), (list(range(half, 0, -1)), half)])
