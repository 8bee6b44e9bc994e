# A fine word in pass 1, but pass 2 cannot recover the number from it.
word = input().strip()
print("secret" if word.isdigit() else 7)
