"""Writes this package's test data (deterministic): python3 generators/generate.py [package_dir]."""
import os
import random, sys
from collections import Counter
random.seed(11)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def write(path, xs):
    with open("%s/data/%s.in" % (root, path), "w") as f:
        f.write("%d\n%s\n" % (len(xs), " ".join(map(str, xs))))
    seen, pairs = Counter(), 0
    for x in xs:
        pairs += seen[-x]
        seen[x] += 1
    assert pairs > 0, path  # every case must tell a double count apart from the right one
    with open("%s/data/%s.ans" % (root, path), "w") as f:
        f.write("%d\n" % pairs)
def rand(n, m):
    return [random.randint(-m, m) for _ in range(n)]
write("sample/1", [1, -1, 2, 0, 0])
write("secret/group1/01", [3, -3])
write("secret/group1/02", [0, 0, 0, 0])
write("secret/group1/03", rand(100, 20))
write("secret/group1/04", [10**9, -10**9] * 50)
write("secret/group2/01", rand(49998, 10**9) + [5, -5])
write("secret/group2/02", rand(50000, 1000))
write("secret/group2/03", [0] * 50000)  # 1249975000 pairs: more than 32 bits hold
