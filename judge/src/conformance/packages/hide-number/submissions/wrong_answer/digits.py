# Prints the number itself in pass 1: digits are not allowed.
print(input().strip())
