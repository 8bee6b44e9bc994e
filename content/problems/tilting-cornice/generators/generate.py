"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir].

Inputs are written here; each answer comes from the Python reference in submissions/accepted/avl.py
(the C++ reference, checked against every answer by `problem verify`, is the independent second)."""
import os
import random
import subprocess
import sys

random.seed(77)
root_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIG = 10**9
REFERENCE = os.path.join(root_dir, "submissions", "accepted", "avl.py")


def write(path, ops, expected=None):
    text = "%d\n" % len(ops) + "".join("%s %d\n" % op for op in ops)
    got = subprocess.run([sys.executable, REFERENCE], input=text.encode(), capture_output=True, check=True).stdout
    if expected is not None:
        assert got.decode() == expected, (path, got.decode(), expected)
    with open(os.path.join(root_dir, "data", path + ".in"), "w") as f:
        f.write(text)
    with open(os.path.join(root_dir, "data", path + ".ans"), "wb") as f:
        f.write(got)


def ins(*keys):
    return [("+", k) for k in keys]


def dele(*keys):
    return [("-", k) for k in keys]


write("sample/1", ins(30, 10, 20, 40, 50, 45), "2 1\n6 3\n40 20 10 30 50 45\n")
write("sample/2", ins(20, 10, 30, 5, 25, 40, 35) + dele(10, 20, 99))

write("secret/00-one-insertion", ins(5))
write("secret/01-delete-from-empty", dele(5, 5))
write("secret/02-insert-then-delete-all", ins(3, 1, 2) + dele(2, 1, 3))
write("secret/03-duplicates-and-absent", ins(7, 7, 7, 3, 3) + dele(4, 8, 3, 3))
# Deleting from the short side when the tall child is balanced: a single rotation is right, a double
# rotation (chosen with > instead of >=) is not.
write("secret/04-delete-child-balanced", ins(20, 10, 30, 25, 35) + dele(10))
write("secret/05-delete-child-balanced-mirror", ins(20, 10, 30, 5, 15) + dele(30))
# Deleting the shallowest leaf of a sparse (Fibonacci) AVL tree: rotations at two levels.
fib = ins(8, 5, 11, 3, 7, 10, 12, 2, 4, 6, 9, 1)
write("secret/06-two-rotations-up-the-path", fib + dele(12))
write("secret/07-delete-root-two-children", ins(50, 30, 70, 20, 40, 60, 80, 65) + dele(50, 60))
write("secret/08-extremes", ins(BIG, -BIG, 0, BIG - 1, -BIG + 1) + dele(BIG, 0))
for i in range(9, 15):
    n = random.randint(10, 400)
    ops = [(random.choice("++-"), random.randint(-30, 30)) for _ in range(n)]
    write("secret/%02d-random-small" % i, ops)
N = 10**5
# 3 * 10^4 rising insertions then 2 * 10^4 deletions from the low end: rotations all along the left.
ops = ins(*range(0, 30000 * 7, 7)) + dele(*range(0, 20000 * 7, 7))
write("secret/15-large-rising-then-trim", ops)
# 10^5 operations on random keys, deletions aimed at present keys half the time.
present, ops = [], []
for i in range(N):
    if present and random.random() < 0.4:
        j = random.randrange(len(present))
        present[j], present[-1] = present[-1], present[j]
        ops.append(("-", present.pop()))
    else:
        k = random.randint(-(10**6), 10**6)
        present.append(k)
        ops.append(("+", k))
write("secret/16-max-random", ops)
# Zig-zag insertions (double rotations everywhere), then deletions of the middle.
zig = []
for i in range(N // 6):
    zig += [i * 11, 10**6 - i * 11] if i % 2 else [10**6 - i * 11, i * 11]
ops = ins(*zig) + dele(*range(10**6 // 4, 10**6 * 3 // 4, 11))[: N // 6]
write("secret/17-large-zigzag", ops)
