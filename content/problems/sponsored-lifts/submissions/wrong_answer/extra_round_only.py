# Mistake: marks as -inf only the stations that the extra round could still improve, without spreading
# the mark to what they lead to. Caught by sample 2 (station 4, after the loop) and secret
# 09-loop-then-tail (only station 3 of the tail is marked).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    lifts = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
    dist = [None] * (n + 1)
    dist[1] = 0
    for _ in range(n - 1):
        for a, b, c in lifts:
            if dist[a] is not None and (dist[b] is None or dist[a] + c < dist[b]):
                dist[b] = dist[a] + c
    endless = [False] * (n + 1)
    for a, b, c in lifts:
        if dist[a] is not None and dist[a] + c < dist[b]:
            endless[b] = True
    print("\n".join("-inf" if endless[v] else "unreachable" if dist[v] is None else str(dist[v]) for v in range(1, n + 1)))


main()
