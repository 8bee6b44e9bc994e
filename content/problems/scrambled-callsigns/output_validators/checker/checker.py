"""
Output validator with the Kattis interface:
    checker.py input_file answer_file feedback_dir [flags...] < team_output
Exit 42 accepts, 43 rejects; the reason goes to feedback_dir/judgemessage.txt.
The grouping is checked against the input itself: every call in exactly one group, every group made
of scrambles of one sign, and no two groups of the same letters. The answer file starts with the jury's
number of groups, a cross-check of this checker (the samples' answers go on with a right grouping,
to show one; the hidden tests' answers stop there, to keep the data small).
"""
import os
import sys

ACCEPT, REJECT = 42, 43


def verdict(code, message):
    with open(os.path.join(sys.argv[3], "judgemessage.txt"), "w", encoding="utf-8") as feedback:
        feedback.write(message + "\n")
    sys.exit(code)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        tokens = f.read().split()
    n, signs = int(tokens[0]), tokens[1:]
    key = ["".join(sorted(s)) for s in signs]
    with open(sys.argv[2], encoding="utf-8") as f:
        jury_groups = int(f.read().split()[0])

    out = sys.stdin.buffer.read(16 << 20).decode("utf-8", "replace").split()
    at = 0

    def next_int(what):
        nonlocal at
        if at >= len(out):
            verdict(REJECT, "the output ends where %s was expected" % what)
        token = out[at]
        at += 1
        if not token.lstrip("-").isdigit() or len(token) > 12:
            verdict(REJECT, "expected %s, got %r" % (what, token[:20]))
        return int(token)

    g = next_int("the number of groups")
    if not 1 <= g <= n:
        verdict(REJECT, "the number of groups must be between 1 and %d, got %d" % (n, g))
    group_of = [0] * (n + 1)
    keys_used = {}
    for group in range(1, g + 1):
        size = next_int("the size of group %d" % group)
        if not 1 <= size <= n:
            verdict(REJECT, "group %d has size %d; a group holds 1 to %d calls" % (group, size, n))
        first = None
        for _ in range(size):
            call = next_int("a call number in group %d" % group)
            if not 1 <= call <= n:
                verdict(REJECT, "call number %d is not between 1 and %d" % (call, n))
            if group_of[call]:
                verdict(REJECT, "call %d appears twice (groups %d and %d)" % (call, group_of[call], group))
            group_of[call] = group
            if first is None:
                first = call
            elif key[call - 1] != key[first - 1]:
                verdict(REJECT, "group %d mixes %r (call %d) and %r (call %d): not scrambles of each other"
                        % (group, signs[first - 1], first, signs[call - 1], call))
        other = keys_used.get(key[first - 1])
        if other is not None:
            verdict(REJECT, "groups %d and %d both hold scrambles of %r: they must be one group"
                    % (other, group, signs[first - 1]))
        keys_used[key[first - 1]] = group
    if at != len(out):
        verdict(REJECT, "extra output after the last group: %r" % out[at][:20])
    missing = [call for call in range(1, n + 1) if not group_of[call]]
    if missing:
        verdict(REJECT, "call %d is in no group (%d calls missing)" % (missing[0], len(missing)))
    if g != jury_groups:
        verdict(REJECT, "a valid grouping of %d groups, but the jury has %d: the jury answer is wrong" % (g, jury_groups))
    verdict(ACCEPT, "%d calls in %d groups" % (n, g))


main()
