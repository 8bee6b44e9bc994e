# A fixed window of len(herd) letters with 26 counts; `wrong` is how many letters' counts differ
# from the herd's. Each step changes two counts, so `wrong` changes in O(1).
def solve(trail, herd):
    m = len(herd)
    if m > len(trail):
        return []
    diff = [0] * 26
    for c in herd:
        diff[ord(c) - 97] -= 1
    for c in trail[:m]:
        diff[ord(c) - 97] += 1
    wrong = sum(1 for d in diff if d)
    starts = [0] if wrong == 0 else []
    for i in range(m, len(trail)):
        k = ord(trail[i]) - 97
        wrong -= diff[k] != 0
        diff[k] += 1
        wrong += diff[k] != 0
        k = ord(trail[i - m]) - 97
        wrong -= diff[k] != 0
        diff[k] -= 1
        wrong += diff[k] != 0
        if wrong == 0:
            starts.append(i - m + 1)
    return starts
