"""Writes this package's test data (deterministic): python3 generators/generate.py [package_dir]."""
import json, os, random, sys
random.seed(3)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cases = [("sample/1", [1, 2, 3, 4, 5]), ("secret/01", []), ("secret/02", [7]), ("secret/03", [1, 2]),
         ("secret/04", [5, 5, -3, 0, 5]), ("secret/05", [random.randint(-10**9, 10**9) for _ in range(10**5)])]
for path, values in cases:
    open("%s/data/%s.in" % (root, path), "w").write(json.dumps([values], separators=(",", ":")) + "\n")
    open("%s/data/%s.ans" % (root, path), "w").write(json.dumps(values[::-1], separators=(",", ":")) + "\n")
