# Mistake: after the last attempt it returns None instead of raising, so the caller never learns the
# relay is down. Caught by sample/2 (the last error must be raised).
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
            return None

        return charmed

    return decorate
