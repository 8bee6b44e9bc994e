"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import os
import random
import sys

random.seed(22)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 200000


def answer(ring):
    """Swaps = sleds - the most sleds in any circular window of `sleds` spots (a fixed window that
    wraps around: slide it over the ring written twice)."""
    k, n = ring.count("1"), len(ring)
    if k == 0:
        return 0
    doubled = ring + ring
    inside = doubled[:k].count("1")
    best = inside
    for i in range(k, n + k - 1):
        inside += (doubled[i] == "1") - (doubled[i - k] == "1")
        best = max(best, inside)
    return k - best


def brute(ring):
    """Every contiguous block of the circle as the target: the swaps are the empty spots inside it."""
    k, n = ring.count("1"), len(ring)
    if k == 0:
        return 0
    return min(sum(ring[(s + j) % n] == "0" for j in range(k)) for s in range(n))


def write(path, rings, expected=None):
    got = [answer(r) for r in rings]
    if expected is not None:
        assert got == expected, (got, expected)
    for ring, value in zip(rings, got):
        if len(ring) <= 300:
            assert brute(ring) == value
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(f"{len(rings)}\n")
        for ring in rings:
            f.write(f"{len(ring)}\n{ring}\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write("".join(f"{v}\n" for v in got))


def ring_of(n, chance):
    return "".join("1" if random.random() < chance else "0" for _ in range(n))


write("secret/00-one-spot", ["1"], [0])
write("sample/1", ["0101100", "1001"], [1, 0])
write("sample/2", ["101010", "000"], [1, 0])
write(
    "secret/01-edges",
    [
        "0",
        "1",
        "11111",  # every spot taken
        "10",
        "110011",  # already together across the seam: 0 swaps only on a circle
        "1000001",  # the same, two sleds
        "0110110",  # a linear window would say 1 too, the circle also 1
        "1101011",  # on a line 1101011 needs 2 swaps, on the circle only 1
        "0101010101",  # 5 sleds spread out
    ],
)
write("secret/02-small-random-many", [ring_of(random.randint(1, 12), random.random()) for _ in range(1500)])
# The most cases: 10^4 rings of 20 spots (reading them with input() one by one is slow in Python).
write("secret/03-max-cases", [ring_of(20, random.random()) for _ in range(10**4)])
# Maximum size, half the spots taken at random: counting every window afresh is 2 * 10^10 checks.
write("secret/04-large-half-full", [ring_of(N, 0.5)])
# Maximum size, the sleds in one block across the seam: 0 swaps on a ring, many on a line.
block = "1" * 60000 + "0" * (N - 120000) + "1" * 60000
write("secret/05-large-block-across-the-seam", [block])
# Maximum size, every spot taken.
write("secret/06-large-full", ["1" * N])
