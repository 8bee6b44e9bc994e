// Two binary heaps written by hand; a comparator turns the same class into a max- or a min-heap.
class Heap {
  constructor(before) {
    this.a = [];
    this.before = before;
  }
  get size() {
    return this.a.length;
  }
  top() {
    return this.a[0];
  }
  push(x) {
    const a = this.a;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        let m = i;
        const l = 2 * i + 1;
        const r = l + 1;
        if (l < a.length && this.before(a[l], a[m])) m = l;
        if (r < a.length && this.before(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

function solve(readings) {
  const low = new Heap((x, y) => x > y);
  const high = new Heap((x, y) => x < y);
  return readings.map((x) => {
    if (low.size === 0 || x <= low.top()) low.push(x);
    else high.push(x);
    if (low.size > high.size + 1) high.push(low.pop());
    else if (high.size > low.size) low.push(high.pop());
    return low.top();
  });
}
