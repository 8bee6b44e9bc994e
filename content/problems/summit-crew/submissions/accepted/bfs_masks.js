// Breadth-first search over skill masks: each guide is a move from mask to mask | guide.
function solve(needed, guides) {
  const index = new Map(needed.map((s, i) => [s, i]));
  const moves = [...new Set(guides.map((g) => g.reduce((m, s) => (index.has(s) ? m | (1 << index.get(s)) : m), 0)))];
  const full = (1 << needed.length) - 1;
  const dist = new Int32Array(full + 1).fill(-1);
  dist[0] = 0;
  const queue = [0];
  for (let head = 0; head < queue.length; head += 1) {
    const mask = queue[head];
    if (mask === full) return dist[mask];
    for (const g of moves) {
      const next = mask | g;
      if (dist[next] === -1) {
        dist[next] = dist[mask] + 1;
        queue.push(next);
      }
    }
  }
  return -1;
}
