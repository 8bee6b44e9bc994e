def solve(code, k):
    done = count = 0  # steps before the current run; the count being read
    for ch in code:
        if ch.isdigit():
            count = count * 10 + ord(ch) - 48
        else:
            if k <= done + count:
                return ch
            done += count
            count = 0
    return ""
