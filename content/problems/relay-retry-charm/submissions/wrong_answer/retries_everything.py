# Mistake: catches every Exception whatever `on` says, so a KeyError is retried five times.
# Caught by secret/03-other-errors-pass-through-at-once.
"""retry(times, on=Exception): a decorator factory; functools.wraps keeps the function's identity."""
import functools


def retry(times, on=Exception):
    if times < 1:
        raise ValueError("retry needs at least one attempt, got %d" % times)

    def decorate(fn):
        @functools.wraps(fn)
        def charmed(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except Exception:
                    if attempt == times:
                        raise

        return charmed

    return decorate
