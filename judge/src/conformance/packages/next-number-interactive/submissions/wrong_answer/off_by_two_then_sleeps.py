# Answers wrongly, then sleeps past the wall limit: still the interactor's Wrong Answer.
import time

print(int(input()) + 2, flush=True)
time.sleep(60)
