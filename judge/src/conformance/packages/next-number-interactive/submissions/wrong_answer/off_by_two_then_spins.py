# Answers wrongly, then spins: the interactor has already rejected, so this is Wrong Answer, not TLE.
print(int(input()) + 2, flush=True)
while True:
    pass
