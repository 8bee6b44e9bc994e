# Mistake: counts occurrences instead of climbers, so a climber's repeats look like other climbers.
# Caught by sample/1 (the Eiger is lost) and secret/03-repeats-not-shared.
from collections import Counter


def solve(logs):
    seen = Counter(name for log in logs for name in log)
    return sorted(name for name, count in seen.items() if count == 1)
