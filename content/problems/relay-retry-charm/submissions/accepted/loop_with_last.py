"""Keeps the last error and raises it after the loop; one policy object serves any number of functions."""
from functools import update_wrapper


class retry:
    def __init__(self, times, on=Exception):
        if times < 1:
            raise ValueError(f"retry needs at least one attempt, got {times}")
        self.times, self.on = times, on

    def __call__(self, fn):
        def charmed(*args, **kwargs):
            last = None
            for _ in range(self.times):
                try:
                    return fn(*args, **kwargs)
                except self.on as error:
                    last = error
            raise last

        return update_wrapper(charmed, fn)
