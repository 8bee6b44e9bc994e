// Two heaps on typed arrays of the right size (values fit in a Float64Array exactly).
function solve(readings: number[]): number[] {
  const n = readings.length;
  const low = new Float64Array(n); // max-heap
  const high = new Float64Array(n); // min-heap
  let nl = 0;
  let nh = 0;
  const push = (h: Float64Array, size: number, x: number, sign: number): void => {
    let i = size;
    h[i] = x;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (sign * h[i]! <= sign * h[p]!) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  };
  const pop = (h: Float64Array, size: number, sign: number): number => {
    const top = h[0]!;
    h[0] = h[size - 1]!;
    let i = 0;
    const last = size - 1;
    for (;;) {
      let m = i;
      const l = 2 * i + 1;
      if (l < last && sign * h[l]! > sign * h[m]!) m = l;
      if (l + 1 < last && sign * h[l + 1]! > sign * h[m]!) m = l + 1;
      if (m === i) break;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
    return top;
  };
  const out: number[] = [];
  for (const x of readings) {
    if (nl === 0 || x <= low[0]!) push(low, nl++, x, 1);
    else push(high, nh++, x, -1);
    if (nl > nh + 1) push(high, nh++, pop(low, nl--, 1), -1);
    else if (nh > nl) push(low, nl++, pop(high, nh--, -1), 1);
    out.push(low[0]!);
  }
  return out;
}
