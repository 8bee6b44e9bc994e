"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir].
Each .in is `n p seed` (read only by the interactor); each .ans is the summit p."""
import os
import random
import sys

random.seed(8)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(path, n, summit):
    assert 1 <= summit <= n <= 10**6
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write("%d %d %d\n" % (n, summit, random.randrange(10**6)))
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write("%d\n" % summit)


write("sample/1", 5, 3)
write("secret/01-one-pole", 1, 1)
write("secret/02-two-poles-first", 2, 1)
write("secret/03-two-poles-last", 2, 2)
write("secret/04-summit-at-start", 10**6, 1)
write("secret/05-summit-at-end", 10**6, 10**6)
write("secret/06-middle", 10**6, 500000)
for case in range(7, 11):
    n = random.randint(10**5, 10**6)
    write("secret/%02d-random" % case, n, random.randint(1, n))
