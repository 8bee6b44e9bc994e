// Best-first walk in JavaScript: a small binary heap of [value, position]; lines are read as they
// arrive from stdin (an async iterator), one answer per question.
const readline = require("readline");
const rl = readline.createInterface({ input: process.stdin });
const lines = rl[Symbol.asyncIterator]();
const next = async () => (await lines.next()).value;

function push(h, item) {
  h.push(item);
  let i = h.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (h[p][0] <= h[i][0]) break;
    [h[p], h[i]] = [h[i], h[p]];
    i = p;
  }
}

function pop(h) {
  const top = h[0];
  const last = h.pop();
  if (h.length > 0) {
    h[0] = last;
    let i = 0;
    for (;;) {
      let m = i;
      for (const c of [2 * i + 1, 2 * i + 2]) if (c < h.length && h[c][0] < h[m][0]) m = c;
      if (m === i) break;
      [h[m], h[i]] = [h[i], h[m]];
      i = m;
    }
  }
  return top;
}

async function main() {
  const [n, k] = (await next()).split(" ").map(Number);
  const ask = async (i) => {
    process.stdout.write(`? ${i}\n`);
    return Number(await next());
  };
  const frontier = [];
  push(frontier, [await ask(1), 1]);
  for (let step = 1; step < k; step++) {
    const [, i] = pop(frontier);
    for (const child of [2 * i, 2 * i + 1]) if (child <= n) push(frontier, [await ask(child), child]);
  }
  process.stdout.write(`! ${frontier[0][0]}\n`);
  rl.close();
}

main();
