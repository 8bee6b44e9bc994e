from collections import Counter


def solve(logs):
    climbers = Counter()
    for log in logs:
        climbers.update(set(log))  # a climber's repeats count once
    return sorted(name for name, count in climbers.items() if count == 1)
