# O(n^2): looks east from every mast until a taller one; ~5 * 10^9 steps on 10^5 equal masts.
def solve(heights):
    n = len(heights)
    shelter = [0] * n
    for i in range(n):
        for j in range(i + 1, n):
            if heights[j] > heights[i]:
                shelter[i] = j - i
                break
    return shelter
