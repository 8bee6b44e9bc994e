// Records how many turns have passed instead of the minute (sample 1).
function solve(minutes, turn) {
  const left = [...minutes];
  const done = new Array(minutes.length).fill(0);
  const line = minutes.map((_, i) => i);
  let head = 0;
  let turns = 0;
  while (head < line.length) {
    const i = line[head++];
    left[i] -= Math.min(turn, left[i]);
    turns += 1;
    if (left[i] > 0) line.push(i);
    else done[i] = turns;
  }
  return done;
}
