// BFS over (square, cuts used) with typed arrays and an array queue read from a moving head.
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const [r, c, k] = data.slice(0, 3).map(Number);
const rows = data.slice(3, 3 + r);
const width = k + 1;
const dist = new Int32Array(r * c * width).fill(-1);
const queue = [0];
dist[0] = 0;
let answer = -1;
for (let head = 0; head < queue.length; head += 1) {
  const state = queue[head];
  const used = state % width;
  const cell = (state - used) / width;
  if (cell === r * c - 1) {
    answer = dist[state];
    break;
  }
  const y = Math.floor(cell / c);
  const x = cell % c;
  for (const [ny, nx] of [[y + 1, x], [y - 1, x], [y, x + 1], [y, x - 1]]) {
    if (ny < 0 || ny >= r || nx < 0 || nx >= c) continue;
    const nu = used + (rows[ny][nx] === '#' ? 1 : 0);
    if (nu > k) continue;
    const next = (ny * c + nx) * width + nu;
    if (dist[next] >= 0) continue;
    dist[next] = dist[state] + 1;
    queue.push(next);
  }
}
console.log(String(answer));
