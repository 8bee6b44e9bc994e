# Recursive descent (expr -> term -> factor -> expr ...): correct, but 99 999 nested parentheses
# need ~300 000 Python frames, past the default recursion limit (23-max-nesting: RecursionError).
import sys


def evaluate(s):
    pos = 0

    def expr():
        nonlocal pos
        v = term()
        while pos < len(s) and s[pos] in "+-":
            op = s[pos]
            pos += 1
            w = term()
            v = v + w if op == "+" else v - w
        return v

    def term():
        nonlocal pos
        v = factor()
        while pos < len(s) and s[pos] in "*/":
            op = s[pos]
            pos += 1
            w = factor()
            if op == "*":
                v *= w
            else:
                q = abs(v) // abs(w)
                v = q if (v < 0) == (w < 0) else -q
        return v

    def factor():
        nonlocal pos
        if s[pos] == "-":
            pos += 1
            return -factor()
        if s[pos] == "(":
            pos += 1
            v = expr()
            pos += 1  # ")"
            return v
        start = pos
        while pos < len(s) and s[pos].isdigit():
            pos += 1
        return int(s[start:pos])

    return expr()


print(evaluate(sys.stdin.readline().strip()))
