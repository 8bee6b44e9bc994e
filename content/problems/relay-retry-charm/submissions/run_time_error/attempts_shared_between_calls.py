# Mistake: counts attempts in the decorator's closure, so every call shares one budget: after one call
# used all three attempts, the next call gets one. secret/08-each-call-gets-all-its-attempts: the
# second call's TimeoutError escapes the test (a Run Time Error).
import functools


def retry(times, on=Exception):
    if times < 1:
        raise ValueError("retry needs at least one attempt")

    def decorate(fn):
        left = [times]

        @functools.wraps(fn)
        def charmed(*args, **kwargs):
            while True:
                left[0] -= 1
                try:
                    return fn(*args, **kwargs)
                except on:
                    if left[0] <= 0:
                        raise

        return charmed

    return decorate
