# Two stacks (values and operators), no recursion: the deepest nesting is just a tall stack.
# "u" is unary minus: a prefix operator that binds tighter than * and /.
import sys

PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "u": 3}


def apply(op, values):
    if op == "u":
        values.append(-values.pop())
        return
    b = values.pop()
    a = values.pop()
    if op == "+":
        values.append(a + b)
    elif op == "-":
        values.append(a - b)
    elif op == "*":
        values.append(a * b)
    else:
        q = abs(a) // abs(b)  # truncate toward zero, unlike Python's //
        values.append(q if (a < 0) == (b < 0) else -q)


def evaluate(s):
    values, ops = [], []
    expect_operand = True
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c.isdigit():
            j = i
            while j < n and s[j].isdigit():
                j += 1
            values.append(int(s[i:j]))
            i = j
            expect_operand = False
            continue
        if c == "(":
            ops.append(c)
        elif c == ")":
            while ops[-1] != "(":
                apply(ops.pop(), values)
            ops.pop()
            expect_operand = False
            i += 1
            continue
        elif c == "-" and expect_operand:
            ops.append("u")
        else:
            while ops and ops[-1] != "(" and PRECEDENCE[ops[-1]] >= PRECEDENCE[c]:
                apply(ops.pop(), values)
            ops.append(c)
        expect_operand = True
        i += 1
    while ops:
        apply(ops.pop(), values)
    return values[0]


print(evaluate(sys.stdin.readline().strip()))
