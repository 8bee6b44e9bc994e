# Mistake: gives up with an error of its own instead of the last attempt's error.
# Caught by sample/2 (assertIs: the very error of the third attempt).
import functools


def retry(times, on=Exception):
    if times < 1:
        raise ValueError("retry needs at least one attempt")

    def decorate(fn):
        @functools.wraps(fn)
        def charmed(*args, **kwargs):
            for _ in range(times):
                try:
                    return fn(*args, **kwargs)
                except on:
                    pass
            raise TimeoutError("gave up after %d attempts" % times)

        return charmed

    return decorate
