# The wrapper waits for a call count that never comes.
def count_calls(fn):
    def wrapper(*args, **kwargs):
        while wrapper.calls >= 0:
            pass
        return fn(*args, **kwargs)

    wrapper.calls = 0
    return wrapper
