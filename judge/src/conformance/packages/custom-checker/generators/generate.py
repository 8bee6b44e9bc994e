"""Writes this package's test data (deterministic): python3 generators/generate.py [package_dir]."""
import os
import sys
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def answer(n):
    if n in (2, 3):
        return "NONE"
    return " ".join(map(str, list(range(2, n + 1, 2)) + list(range(1, n + 1, 2))))
for path, n in [("sample/1", 4), ("secret/01", 1), ("secret/02", 2), ("secret/03", 3), ("secret/04", 5), ("secret/05", 10), ("secret/06", 100000)]:
    open("%s/data/%s.in" % (root, path), "w").write("%d\n" % n)
    open("%s/data/%s.ans" % (root, path), "w").write(answer(n) + "\n")
