"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir].

Random expressions are built as trees, rendered with only the parentheses they need (sometimes more),
and evaluated twice: from the tree here, and by the reference (submissions/accepted/two_stacks.py)
on the text. Every value a subexpression takes is checked against the statement's bound."""
import os
import random
import subprocess
import sys

random.seed(1818)
root_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = os.path.join(root_dir, "submissions", "accepted", "two_stacks.py")
LIMIT = 10**18
MAXLEN = 2 * 10**5
PREC = {"+": 1, "-": 1, "*": 2, "/": 2}


class Bad(Exception):
    pass


def tdiv(a, b):
    if b == 0:
        raise Bad()
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def value(node):
    kind = node[0]
    if kind == "num":
        v = node[1]
    elif kind == "neg":
        v = -value(node[1])
    elif kind == "par":
        v = value(node[1])
    else:
        a, b = value(node[1]), value(node[2])
        v = {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: tdiv(a, b)}[kind]()
    if abs(v) > LIMIT:
        raise Bad()
    return v


def render(node):
    kind = node[0]
    if kind == "num":
        return str(node[1])
    if kind == "par":
        return "(" + render(node[1]) + ")"
    if kind == "neg":
        child = node[1]
        inner = render(child)
        return "-" + ("(" + inner + ")" if child[0] in PREC else inner)
    left, right = node[1], node[2]
    ls, rs = render(left), render(right)
    if left[0] in PREC and PREC[left[0]] < PREC[kind]:
        ls = "(" + ls + ")"
    if right[0] in PREC and PREC[right[0]] <= PREC[kind]:
        rs = "(" + rs + ")"
    return ls + kind + rs


def random_tree(depth, big):
    r = random.random()
    if depth == 0 or r < 0.2:
        return ("num", random.choice([0, 1, 2, 3, 7, 10, random.randint(0, big)]))
    if r < 0.3:
        return ("neg", random_tree(depth - 1, big))
    if r < 0.35:
        return ("par", random_tree(depth - 1, big))
    return (random.choice("+-*/"), random_tree(depth - 1, big), random_tree(depth - 1, big))


def random_expression(depth, big):
    while True:
        tree = random_tree(depth, big)
        try:
            return render(tree), value(tree)
        except Bad:
            continue


def write(path, text, expected=None):
    assert 1 <= len(text) <= MAXLEN, (path, len(text))
    got = subprocess.run([sys.executable, REFERENCE], input=(text + "\n").encode(), capture_output=True, check=True).stdout
    got = int(got)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root_dir, "data", path + ".in"), "w") as f:
        f.write(text + "\n")
    with open(os.path.join(root_dir, "data", path + ".ans"), "w") as f:
        f.write("%d\n" % got)


write("sample/1", "2+3*4-5", 9)
write("sample/2", "(1-8)/2--4", 1)

write("secret/01-zero", "0", 0)
write("secret/02-largest-number", "1000000000", 10**9)
write("secret/03-unary-chain", "---5", -5)
write("secret/04-minus-is-left-associative", "10-4-3", 3)
write("secret/05-division-is-left-associative", "100/7/2", 7)
write("secret/06-precedence", "2*3+4*5-6/3", 24)
write("secret/07-truncate-toward-zero", "-7/2+7/-2*10+(-7)/(-2)", -3 - 30 + 3)
write("secret/08-unary-binds-tight", "-2+3", 1)
write("secret/09-unary-after-operator", "2*-3--4/-2", -8)
write("secret/10-zero-quotient", "(0-1)/3*5+1/2", 0)
write("secret/11-largest-values", "1000000000*1000000000-1000000000*999999999", 10**9)
write("secret/12-product-at-limit", "-1000000000*1000000000", -(10**18))
# Sums and products past 32 bits in the middle, small at the end.
write("secret/13-big-middle", "(999999999*999999999+1)/999999999-999999999", 0)
# An odd product past 2^53: doubles round it.
write("secret/14-odd-product-past-2-53", "999999999*999999999+7", 999999998000000008)
for i in range(15, 23):
    text, v = random_expression(random.randint(2, 9), random.choice([9, 1000, 10**9]))
    write("secret/%02d-random" % i, text, v)
# Nesting as deep as the length allows: 99 999 pairs of parentheses around one number.
depth = (MAXLEN - 1) // 2
write("secret/23-max-nesting", "(" * depth + "7" + ")" * depth, 7)
# Unary minus and parentheses alternating, 50 000 deep: an even count of minus signs.
write("secret/24-deep-unary", "-(" * 50000 + "9" + ")" * 50000, 9)
# 99 999 subtractions in a row (the longest expression allowed): evaluated right to left the answer is wrong by far.
write("secret/25-long-minus-chain", "10" + "-1" * 99999, 10 - 99999)
# A long sum of random small expressions, every kind of operator inside.
parts, total, length = [], 0, 0
while True:
    text, v = random_expression(random.randint(2, 6), random.choice([9, 1000, 10**6]))
    if abs(v) > 10**12:  # keeps every partial sum of the long chain far inside the bound
        continue
    if length + len(text) + 3 > MAXLEN:
        break
    sign = random.choice("+-")
    parts.append(sign + "(" + text + ")")
    length += len(text) + 3
    total += v if sign == "+" else -v
write("secret/26-max-random-sum", "0" + "".join(parts), total)
