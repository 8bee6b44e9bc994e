# Mistake: a ^ b ^ c keeps the names in an ODD number of logs, so a summit of three climbers
# comes back. Caught by sample/2 (answers ["dom"]) and secret/04-odd-count.
def solve(logs):
    odd = set()
    for log in logs:
        odd ^= set(log)
    return sorted(odd)
