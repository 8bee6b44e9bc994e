// An array used as a queue with a head index (shift() would copy the array every turn).
function solve(minutes, turn) {
  const left = [...minutes];
  const done = new Array(minutes.length).fill(0);
  const line = minutes.map((_, i) => i);
  let head = 0;
  let clock = 0;
  while (head < line.length) {
    const i = line[head++];
    const used = Math.min(turn, left[i]);
    clock += used;
    left[i] -= used;
    if (left[i] > 0) line.push(i);
    else done[i] = clock;
  }
  return done;
}
