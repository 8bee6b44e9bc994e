// One scan: digits build the count, a letter closes the run; totals stay below 2^53 (5 * 10^13).
function solve(code, k) {
  let done = 0;
  let count = 0;
  for (let i = 0; i < code.length; i += 1) {
    const c = code.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      count = count * 10 + (c - 48);
    } else {
      if (k <= done + count) return code[i];
      done += count;
      count = 0;
    }
  }
  return '';
}
