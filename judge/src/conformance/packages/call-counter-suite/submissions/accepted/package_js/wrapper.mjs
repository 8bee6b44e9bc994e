export function countCalls(fn) {
  function wrapper(...args) {
    wrapper.calls += 1;
    return fn(...args);
  }
  wrapper.calls = 0;
  Object.defineProperty(wrapper, 'name', { value: fn.name });
  return wrapper;
}
