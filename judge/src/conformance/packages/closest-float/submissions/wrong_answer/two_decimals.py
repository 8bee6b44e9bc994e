n = int(input())
xs = list(map(int, input().split()))
print("%.2f" % (sum(xs) / n))  # too coarse: 1/3 becomes 0.33, off by 0.0033
