def solve(wall, word):
    n, m = len(wall), len(word)
    if m > n:
        return []
    need = [0] * 26
    for c in word:
        need[ord(c) - 97] += 1
    have = [0] * 26
    over = 0  # letters of the window with more copies than the word has

    def enter(ch):
        nonlocal over
        if ch != "*":
            i = ord(ch) - 97
            have[i] += 1
            if have[i] == need[i] + 1:
                over += 1

    def leave(ch):
        nonlocal over
        if ch != "*":
            i = ord(ch) - 97
            have[i] -= 1
            if have[i] == need[i]:
                over -= 1

    for ch in wall[:m]:
        enter(ch)
    out = [0] if over == 0 else []
    for i in range(m, n):
        enter(wall[i])
        leave(wall[i - m])
        if over == 0:
            out.append(i - m + 1)
    return out
