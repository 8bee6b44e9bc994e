"""
Interactive output validator with the Kattis interface:
    interactor.py input_file answer_file feedback_dir [flags...]
Its stdin is the submission's stdout and its stdout is the submission's stdin.
The input file holds `n k` and, on its second line, the heap:
    list a_1 ... a_n                       the values themselves (small heaps, the sample)
    grow SEED BASE SMAX SPINE CHEAP        a_1 = BASE and a_i = a_(i // 2) + step(i): step(i) is a
                                           hashed number in 0..CHEAP for the ancestors of position
                                           SPINE (and SPINE itself; none when SPINE = 0), in 0..SMAX
                                           for every other position. Steps are >= 0: a min-heap.
So a heap of 10^9 values stays a few bytes, and each value is computed when asked (memoised along
the path to the root). The answer file holds the k-th smallest value (generators/generate.py finds
it with `kth_smallest` below).
Exit 42 accepts, 43 rejects; the reason goes to feedback_dir/judgemessage.txt.
"""
import heapq
import os
import sys

ACCEPT, REJECT = 42, 43
MASK = (1 << 64) - 1


def mix(x):
    """splitmix64's finaliser: a well-spread 64-bit hash of x."""
    x = (x + 0x9E3779B97F4A7C15) & MASK
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & MASK
    return x ^ (x >> 31)


def heap_values(n, words):
    """The value function a(i) of a heap line (see the module docstring)."""
    if words[0] == "list":
        values = list(map(int, words[1:]))
        return lambda i: values[i - 1]
    seed, base, smax, spine, cheap = map(int, words[1:])
    memo = {1: base}

    def on_spine(i):
        shift = spine.bit_length() - i.bit_length()
        return spine > 0 and shift >= 0 and spine >> shift == i

    def value(i):
        path = []
        while i not in memo:
            path.append(i)
            i //= 2
        total = memo[i]
        for j in reversed(path):
            total += mix(seed ^ (j * 0x9E3779B97F4A7C15 & MASK)) % ((cheap if on_spine(j) else smax) + 1)
            memo[j] = total
        return total

    return value


def kth_smallest(n, k, value):
    """Best-first walk from the root: the k-th value popped is the k-th smallest."""
    frontier = [(value(1), 1)]
    for _ in range(k - 1):
        _, i = heapq.heappop(frontier)
        for child in (2 * i, 2 * i + 1):
            if child <= n:
                heapq.heappush(frontier, (value(child), child))
    return frontier[0][0]


def verdict(code, message):
    with open(os.path.join(sys.argv[3], "judgemessage.txt"), "w", encoding="utf-8") as feedback:
        feedback.write(message + "\n")
    sys.exit(code)


def send(line):
    try:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
    except (BrokenPipeError, OSError):
        verdict(REJECT, "the submission stopped reading before it gave its answer")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        first, heap_line = f.read().split("\n")[:2]
    n, k = map(int, first.split())
    value = heap_values(n, heap_line.split())
    with open(sys.argv[2], encoding="utf-8") as f:
        expected = int(f.read())
    budget = 2 * k
    send("%d %d" % (n, k))
    questions = 0
    while True:
        line = sys.stdin.readline(100)
        if line == "":
            verdict(REJECT, "the submission ended without an answer (print `! v`)")
        words = line.split()
        if len(words) != 2 or words[0] not in ("?", "!") or not words[1].lstrip("-").isdigit():
            verdict(REJECT, "expected `? i` or `! v`, got %r" % line.strip()[:50])
        number = int(words[1])
        if words[0] == "!":
            if number == expected:
                verdict(ACCEPT, "found the %d-th smallest value with %d questions" % (k, questions))
            verdict(REJECT, "answered %d, but the %d-th smallest value is %d" % (number, k, expected))
        questions += 1
        if questions > budget:
            verdict(REJECT, "asked more than %d questions (2k)" % budget)
        if not 1 <= number <= n:
            verdict(REJECT, "asked for position %d, outside 1..%d" % (number, n))
        send(str(value(number)))


if __name__ == "__main__":
    main()
