# Starts at bit 29: codes up to 2^31 - 1 use bit 30, which this trie never sees (05-bit-30).
def solve(codes):
    left, right = [0], [0]
    best = 0
    for idx, x in enumerate(codes):
        if idx:
            node, cur = 0, 0
            for b in range(29, -1, -1):
                if (x >> b) & 1:
                    want, same = left[node], right[node]
                else:
                    want, same = right[node], left[node]
                if want:
                    cur |= 1 << b
                    node = want
                else:
                    node = same
            if cur > best:
                best = cur
        node = 0
        for b in range(29, -1, -1):
            side = right if (x >> b) & 1 else left
            if not side[node]:
                side[node] = len(left)
                left.append(0)
                right.append(0)
            node = side[node]
    return best
