# O(k^2): counts the sheets from scratch, with a flood fill over all frozen squares, after every entry.
# secret 17-large-checkerboard-fill: 2 * 10^4 recounts of up to 2 * 10^4 squares.
def solve(rows, cols, freezes):
    frozen = set()
    out = []
    for r, c in freezes:
        frozen.add((r, c))
        seen = set()
        sheets = 0
        for square in frozen:
            if square in seen:
                continue
            sheets += 1
            seen.add(square)
            stack = [square]
            while stack:
                y, x = stack.pop()
                for other in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if other in frozen and other not in seen:
                        seen.add(other)
                        stack.append(other)
        out.append(sheets)
    return out
