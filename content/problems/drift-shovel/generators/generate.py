"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import os
import random
import sys

random.seed(11)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 200000


def answer(path, k):
    """The fewest drifts in any k consecutive metres: a fixed window that counts drifts."""
    drifts = path[:k].count("#")
    best = drifts
    for i in range(k, len(path)):
        drifts += (path[i] == "#") - (path[i - k] == "#")
        best = min(best, drifts)
    return best


def brute(path, k):
    return min(path[i : i + k].count("#") for i in range(len(path) - k + 1))


def write(name, cases, expected=None):
    got = [answer(path, k) for path, k in cases]
    if expected is not None:
        assert got == expected, (got, expected)
    for (path, k), value in zip(cases, got):
        if len(path) <= 2000:
            assert brute(path, k) == value
    with open(os.path.join(root, "data", name + ".in"), "w") as f:
        f.write(f"{len(cases)}\n")
        for path, k in cases:
            f.write(f"{len(path)} {k}\n{path}\n")
    with open(os.path.join(root, "data", name + ".ans"), "w") as f:
        f.write("".join(f"{v}\n" for v in got))


def random_path(n, drift_chance):
    return "".join("#" if random.random() < drift_chance else "." for _ in range(n))


write("secret/00-one-metre", [(".", 1)], [0])
write("sample/1", [("#.##..#.#", 3), ("###", 2), ("..#..", 2)], [1, 2, 0])
write("sample/2", [("#.#.#.#", 4), ("#", 1)], [2, 1])
write(
    "secret/01-edges",
    [
        (".", 1),
        ("#", 1),
        ("####", 4),  # k = n: the whole path
        ("#..#", 4),
        ("##.", 1),  # the best window is the last metre
        (".##", 1),  # the best window is the first metre
        ("###..", 2),  # the best window is the last k metres
        ("..###", 2),  # the best window is the first k metres
        ("#..#", 3),  # a window of k - 1 or k + 1 metres gives another answer
    ],
    [0, 1, 4, 2, 0, 0, 0, 0, 1],
)
cases = [(random_path(random.randint(1, 15), random.random()), 0) for _ in range(800)]
cases = [(path, random.randint(1, len(path))) for path, _ in cases]
write("secret/02-small-random-many", cases)
# The most cases: 10^4 paths of 20 metres (reading them with input() one by one is slow in Python).
write("secret/03-max-cases", [(random_path(20, 0.5), random.randint(1, 20)) for _ in range(10**4)])
# Maximum size, k = n / 2: counting each window afresh is 10^10 character checks.
write("secret/04-large-half-window", [(random_path(N, 0.5), N // 2)])
# Maximum size, one clear stretch hidden near the end of a drifted path: the answer is 0.
hidden = list(random_path(N, 0.97))
for i in range(N - 5000, N - 5000 + 3000):
    hidden[i] = "."
write("secret/05-large-clear-stretch-near-the-end", [("".join(hidden), 3000)])
# k = n on the longest path: one window.
write("secret/06-large-whole-path", [(random_path(N, 0.3), N)])
