"""Writes data/ (deterministic): one case per test of the hidden suite, the first two as samples.

Each .in names the test in the suite ({"python": "<module>.<class>.<test>"}); each .ans is empty.
"""
import json
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
suite = open(os.path.join(root, "suite", "python", "test_drift.py")).read()
tests = re.findall(r"^    def (test_\w+)\(", suite, re.M)
SAMPLES = 2
for sub in ("sample", "secret"):
    os.makedirs(os.path.join(root, "data", sub), exist_ok=True)
    for f in os.listdir(os.path.join(root, "data", sub)):
        os.remove(os.path.join(root, "data", sub, f))
for i, test in enumerate(tests):
    where = "sample/%d" % (i + 1) if i < SAMPLES else "secret/%02d-%s" % (i - SAMPLES + 1, test[5:].replace("_", "-"))
    with open(os.path.join(root, "data", where + ".in"), "w") as f:
        f.write(json.dumps({"python": "test_drift.Drift." + test}) + "\n")
    open(os.path.join(root, "data", where + ".ans"), "w").close()
