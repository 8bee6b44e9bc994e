# Two pointers from both ends, each side keeping the highest ridge it has passed. The side whose
# highest ridge is lower is settled: the other side already holds a ridge at least as high.
def solve(heights):
    lo, hi = 0, len(heights) - 1
    left_top = right_top = snow = 0
    while lo <= hi:
        if left_top <= right_top:
            h = heights[lo]
            if h > left_top:
                left_top = h
            snow += left_top - h
            lo += 1
        else:
            h = heights[hi]
            if h > right_top:
                right_top = h
            snow += right_top - h
            hi -= 1
    return snow
