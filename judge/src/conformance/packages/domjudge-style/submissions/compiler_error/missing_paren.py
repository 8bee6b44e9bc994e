# A syntax error: Python reports it before any test runs (a Compilation Error, not a Run-Time Error).
print(" ".join(reversed(input().split()))
