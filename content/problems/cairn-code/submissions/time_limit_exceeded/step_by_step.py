# Walks the route one step at a time: 10^9 steps on secret/08-one-billion.
def solve(code, k):
    step = count = 0
    for ch in code:
        if ch.isdigit():
            count = count * 10 + int(ch)
            continue
        for _ in range(count):
            step += 1
            if step == k:
                return ch
        count = 0
    return ""
