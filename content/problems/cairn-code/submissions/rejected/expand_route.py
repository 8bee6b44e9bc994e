# Writes the whole route out: a gigabyte for secret/08-one-billion, far over the 256 MiB limit
# (MemoryError, or the run is killed).
import re


def solve(code, k):
    steps = "".join(letter * int(count) for count, letter in re.findall(r"([0-9]+)([nesw])", code))
    return steps[k - 1] if k <= len(steps) else ""
