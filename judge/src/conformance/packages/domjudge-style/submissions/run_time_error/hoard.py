# Keeps a copy of the line a hundred million times over: killed at the 128 MiB memory limit, which
# run_time_error/ accepts as a run-time failure.
line = input()
hoard = [line * 1000 for _ in range(100_000)]
print(len(hoard))
