# @EXPECTED_RESULTS@: WRONG-ANSWER, TIMELIMIT
# Sorts the words instead of reversing them: right only when the two orders agree.
print(" ".join(sorted(input().split(), reverse=True)))
