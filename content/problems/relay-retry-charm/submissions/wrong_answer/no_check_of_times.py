# Mistake: accepts retry(0) and retry(-3), which can never call the function.
# Caught by secret/10-refuses-fewer-than-one-attempt.
"""retry(times, on=Exception): a decorator factory; functools.wraps keeps the function's identity."""
import functools


def retry(times, on=Exception):

    def decorate(fn):
        @functools.wraps(fn)
        def charmed(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except on:
                    if attempt == times:
                        raise

        return charmed

    return decorate
