// 0-1 BFS with a deque in a ring buffer: every push is O(1), at both ends.
function solve(n, runs) {
  const head = new Int32Array(n).fill(-1);
  const next = new Int32Array(runs.length);
  runs.forEach(([a], i) => {
    next[i] = head[a];
    head[a] = i;
  });
  const dist = new Int32Array(n).fill(n + 1);
  const size = 2 * runs.length + 2; // each run pushes at most once
  const ring = new Int32Array(size);
  let front = 0;
  let back = 0;
  const pushFront = (v) => {
    front = (front - 1 + size) % size;
    ring[front] = v;
  };
  const pushBack = (v) => {
    ring[back] = v;
    back = (back + 1) % size;
  };
  dist[0] = 0;
  pushBack(0);
  while (front !== back) {
    const u = ring[front];
    front = (front + 1) % size;
    for (let i = head[u]; i >= 0; i = next[i]) {
      const [, v, w] = runs[i];
      if (dist[u] + w < dist[v]) {
        dist[v] = dist[u] + w;
        if (w === 0) pushFront(v);
        else pushBack(v);
      }
    }
  }
  return dist[n - 1] === n + 1 ? -1 : dist[n - 1];
}
