# Mistake: range(1, times) makes one attempt too few (a classic off-by-one).
# Caught by sample/1: the third attempt never happens, so the second TimeoutError escapes the
# test (an error, not a failed assertion: a Run Time Error, as any exception the code lets out).
"""retry(times, on=Exception): a decorator factory; functools.wraps keeps the function's identity."""
import functools


def retry(times, on=Exception):
    if times < 1:
        raise ValueError("retry needs at least one attempt, got %d" % times)

    def decorate(fn):
        @functools.wraps(fn)
        def charmed(*args, **kwargs):
            for attempt in range(1, times):
                try:
                    return fn(*args, **kwargs)
                except on:
                    if attempt == times - 1:
                        raise

        return charmed

    return decorate
