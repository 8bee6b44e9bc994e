// Takes "used a full turn" to mean "still wet": a need that is an exact multiple of the turn goes
// round once more and is recorded when it comes back (sample 2: [4, 8] becomes [8, 8]).
function solve(minutes: number[], turn: number): number[] {
  const left = [...minutes];
  const done: number[] = new Array(minutes.length).fill(0);
  const line = minutes.map((_, i) => i);
  let head = 0;
  let clock = 0;
  while (head < line.length) {
    const i = line[head++]!;
    const used = Math.min(turn, left[i]!);
    clock += used;
    left[i]! -= used;
    if (used === turn) line.push(i);
    else done[i] = clock;
  }
  return done;
}
