n = int(input())
xs = list(map(int, input().split()))
print(sum(xs) / n)  # repr of a float: up to 17 significant digits
