"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys
from collections import deque

random.seed(1616)
root_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def answer(minutes, turn):
    left = list(minutes)
    done = [0] * len(minutes)
    line, clock = deque(range(len(minutes))), 0
    while line:
        i = line.popleft()
        used = min(turn, left[i])
        clock += used
        left[i] -= used
        if left[i]:
            line.append(i)
        else:
            done[i] = clock
    return done


def write(path, minutes, turn, expected=None):
    got = answer(minutes, turn)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root_dir, "data", path + ".in"), "w") as f:
        f.write(json.dumps([minutes, turn], separators=(",", ":")) + "\n")
    with open(os.path.join(root_dir, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


write("sample/1", [5, 2, 7], 3, [10, 5, 14])
write("sample/2", [4, 4], 4, [4, 8])

write("secret/01-nobody", [], 5, [])
write("secret/02-one-climber", [7], 2, [7])
write("secret/03-one-minute-each", [1, 1, 1], 1, [1, 2, 3])
# Needs exactly a multiple of the turn: done at the end of that turn, not one round later.
write("secret/04-exact-multiples", [6, 3, 9], 3, [12, 6, 18])
# The longest turn: everybody finishes in one go, in order.
write("secret/05-turn-longer-than-all", [500, 1, 250], 500, [500, 501, 751])
write("secret/06-turn-of-one", [3, 1, 2], 1, [6, 2, 5])
# A short need behind long ones: finishing order differs from the order of the line.
write("secret/07-short-behind-long", [9, 9, 1], 4, [18, 19, 9])
for i in range(8, 12):
    n = random.randint(1, 30)
    write("secret/%02d-random-small" % i, [random.randint(1, 40) for _ in range(n)], random.randint(1, 15))
# The most turns: 1000 climbers needing 500 minutes each, one minute per turn (5 * 10^5 turns).
write("secret/12-max-turns", [500] * 1000, 1)
write("secret/13-max-random", [random.randint(1, 500) for _ in range(1000)], random.randint(2, 20))
