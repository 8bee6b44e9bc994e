"""Input validator (Kattis interface): one line, an expression of 1..2 * 10^5 characters from the
statement's grammar (no spaces; numbers 0..10^9 without leading zeros), with no division by zero
and every subexpression's value within [-10^18, 10^18].
With --measure it prints the input's measures as JSON: length, depth (of parentheses) and number."""
import json
import re
import sys

LIMIT = 10**18
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "u": 3}
TOKEN = re.compile(r"0|[1-9][0-9]*|[-+*/()]")


class Invalid(Exception):
    pass


def apply(op, values):
    if op == "u":
        v = -values.pop()
    else:
        b, a = values.pop(), values.pop()
        if op == "/":
            if b == 0:
                raise Invalid()
            q = abs(a) // abs(b)
            v = q if (a < 0) == (b < 0) else -q
        else:
            v = a + b if op == "+" else a - b if op == "-" else a * b
    if abs(v) > LIMIT:
        raise Invalid()
    values.append(v)


def check(text):
    if not 1 <= len(text) <= 2 * 10**5:
        raise Invalid()
    tokens = TOKEN.findall(text)
    if "".join(tokens) != text:
        raise Invalid()
    values, ops, expect_operand, depth, deepest, numbers = [], [], True, 0, 0, []
    for t in tokens:
        if t[0].isdigit():
            if not expect_operand or int(t) > 10**9:
                raise Invalid()
            values.append(int(t))
            numbers.append(int(t))
            expect_operand = False
        elif t == "(":
            if not expect_operand:
                raise Invalid()
            ops.append(t)
            depth += 1
            deepest = max(deepest, depth)
        elif t == ")":
            if expect_operand or depth == 0:
                raise Invalid()
            while ops[-1] != "(":
                apply(ops.pop(), values)
            ops.pop()
            depth -= 1
        elif expect_operand:
            if t != "-":
                raise Invalid()
            ops.append("u")
        else:
            while ops and ops[-1] != "(" and PREC[ops[-1]] >= PREC[t]:
                apply(ops.pop(), values)
            ops.append(t)
            expect_operand = True
    if expect_operand or depth != 0:
        raise Invalid()
    while ops:
        apply(ops.pop(), values)
    return {"length": len(text), "depth": deepest, "number": [min(numbers), max(numbers)]}


try:
    lines = sys.stdin.read().split("\n")
    if any(line for line in lines[1:]):
        raise Invalid()
    measures = check(lines[0])
except (Invalid, ValueError, IndexError):
    measures = None
if measures is not None and "--measure" in sys.argv[1:]:
    print(json.dumps(measures))
sys.exit(42 if measures is not None else 43)
