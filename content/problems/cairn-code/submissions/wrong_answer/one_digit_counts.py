# Mistake: reads only the last digit of each count ("12e" becomes a run of 2).
# Caught by sample/2 ("3n12e1s" then has 6 steps, so step 16 is missing) and secret/05-two-digits.
def solve(code, k):
    done = 0
    for i in range(0, len(code) - 1):
        if code[i].isdigit() and not code[i + 1].isdigit():
            count = int(code[i])
            if k <= done + count:
                return code[i + 1]
            done += count
    return ""
