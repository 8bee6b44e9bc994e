// Mistake: reports an impossible expedition as 0 (the unreached value of a zero-filled table).
// Caught by sample/3 and secret/02-nobody.
function solve(needed, guides) {
  const index = new Map(needed.map((s, i) => [s, i]));
  const moves = guides.map((g) => g.reduce((m, s) => (index.has(s) ? m | (1 << index.get(s)) : m), 0));
  const full = (1 << needed.length) - 1;
  const dist = new Int32Array(full + 1); // 0 means "not reached" -- and also "no guide"
  const queue = [0];
  const seen = new Uint8Array(full + 1);
  seen[0] = 1;
  for (let head = 0; head < queue.length; head += 1) {
    const mask = queue[head];
    for (const g of moves) {
      const next = mask | g;
      if (!seen[next]) {
        seen[next] = 1;
        dist[next] = dist[mask] + 1;
        queue.push(next);
      }
    }
  }
  return dist[full];
}
