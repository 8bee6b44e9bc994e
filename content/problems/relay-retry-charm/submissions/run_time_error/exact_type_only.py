# Mistake: compares the error's exact type with `on` instead of catching it (isinstance), so subclasses
# (ConnectionResetError is an OSError) and tuples of types are not retried.
# With the default on=Exception even a TimeoutError is not retried: sample/1 lets it escape (a Run
# Time Error); secret/04-subclasses-of-on-are-retried catches the subclass case the same way.
import functools


def retry(times, on=Exception):
    if times < 1:
        raise ValueError("retry needs at least one attempt")

    def decorate(fn):
        @functools.wraps(fn)
        def charmed(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except Exception as error:
                    if type(error) is not on or attempt == times:
                        raise

        return charmed

    return decorate
