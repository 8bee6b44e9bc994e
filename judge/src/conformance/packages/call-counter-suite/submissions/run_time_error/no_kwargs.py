# The wrapper forgets keyword arguments: calling it with b=3 raises TypeError (the sample test).
def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)

    wrapper.calls = 0
    return wrapper
