"""Writes this package's test data (deterministic): python3 generators/generate.py [package_dir]."""
import os
import random, sys
from fractions import Fraction
random.seed(7)
def write(path, xs):
    with open(path + ".in", "w") as f:
        f.write("%d\n%s\n" % (len(xs), " ".join(map(str, xs))))
    avg = Fraction(sum(xs), len(xs))
    with open(path + ".ans", "w") as f:
        f.write("%.12f\n" % float(avg))
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
write(root + "/data/sample/1", [1, 2, 2])
write(root + "/data/secret/01", [5])
write(root + "/data/secret/02", [1, 2])
write(root + "/data/secret/03", [1, 1, 1, 1, 1, 1, 2])
write(root + "/data/secret/04", [-1000000, 1000000, 1])
write(root + "/data/secret/05", [random.randint(-10**6, 10**6) for _ in range(997)])
