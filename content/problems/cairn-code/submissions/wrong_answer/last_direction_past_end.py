# Mistake: when the route is too short, returns its last direction instead of "".
# Caught by sample/3 and secret/02-shortest-past-end.
import re


def solve(code, k):
    letter = ""
    for count, letter in re.findall(r"([0-9]+)([nesw])", code):
        if k <= int(count):
            return letter
        k -= int(count)
    return letter
