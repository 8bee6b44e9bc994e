# Mistake: no functools.wraps, so the wrapper is called "charmed" and has no docstring or
# __wrapped__. Caught by secret/01-keeps-the-name-and-docstring.
"""retry(times, on=Exception): a decorator factory; functools.wraps keeps the function's identity."""


def retry(times, on=Exception):
    if times < 1:
        raise ValueError("retry needs at least one attempt, got %d" % times)

    def decorate(fn):
        def charmed(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except on:
                    if attempt == times:
                        raise

        return charmed

    return decorate
