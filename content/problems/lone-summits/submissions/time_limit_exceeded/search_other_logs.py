# O(T * k * L): looks for every name in every other climber's log with a list search; about 10^10
# steps on secret/10-large-many-climbers.
def solve(logs):
    lone = set()
    for i, log in enumerate(logs):
        for name in log:
            if all(name not in other for j, other in enumerate(logs) if j != i):
                lone.add(name)
    return sorted(lone)
