# Tries 1, 2, 3, ...: finds small secrets, but needs far more than 20 guesses for most. When the
# interactor gives up it closes the pipes; exit quietly then, so the verdict is clearly Wrong Answer.
import os

guess = 1
try:
    while True:
        print(guess, flush=True)
        if input().strip() == "correct":
            break
        guess += 1
except (EOFError, BrokenPipeError):
    os._exit(0)
