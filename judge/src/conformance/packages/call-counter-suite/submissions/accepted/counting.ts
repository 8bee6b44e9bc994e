type Counted<F extends (...args: never[]) => unknown> = F & { calls: number };

export function countCalls<F extends (...args: never[]) => unknown>(fn: F): Counted<F> {
  const wrapper = ((...args: Parameters<F>) => {
    wrapper.calls += 1;
    return fn(...args);
  }) as Counted<F>;
  wrapper.calls = 0;
  Object.defineProperty(wrapper, 'name', { value: fn.name });
  return wrapper;
}
