# Mistake: the wrapper takes *args only, so keyword arguments cannot reach the function.
# A TypeError in secret/06-passes-arguments-through: a Run Time Error (an error, not a failed assertion).
import functools


def retry(times, on=Exception):
    if times < 1:
        raise ValueError("retry needs at least one attempt")

    def decorate(fn):
        @functools.wraps(fn)
        def charmed(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except on:
                    if attempt == times:
                        raise

        return charmed

    return decorate
