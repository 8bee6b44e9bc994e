# Evaluates the innermost parentheses first and splices the result back into the text, again and
# again: O(n) per pair, ~10^10 character copies on 23-max-nesting.
import re
import sys

INNER = re.compile(r"\(([^()]*)\)")


def flat(s):
    """A parenthesis-free expression, by precedence: unary minus, then * /, then + -."""
    tokens = re.findall(r"\d+|[-+*/]", s)
    out, expect = [], True
    sign = 1
    values, ops = [], []
    for t in tokens:
        if t.isdigit():
            values.append(sign * int(t))
            sign, expect = 1, False
        elif expect:
            sign = -sign
        else:
            ops.append(t)
            expect = True
    acc = [values[0]]
    adds = []
    for op, v in zip(ops, values[1:]):
        if op == "*":
            acc[-1] *= v
        elif op == "/":
            q = abs(acc[-1]) // abs(v)
            acc[-1] = q if (acc[-1] < 0) == (v < 0) else -q
        else:
            adds.append(op)
            acc.append(v)
    total = acc[0]
    for op, v in zip(adds, acc[1:]):
        total = total + v if op == "+" else total - v
    return total


def main():
    s = sys.stdin.readline().strip()
    while "(" in s:
        s = INNER.sub(lambda m: str(flat(m.group(1))), s, count=1)
    print(flat(s))


main()
