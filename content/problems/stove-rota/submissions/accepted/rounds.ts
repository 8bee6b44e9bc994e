// Round by round: each pass serves everyone still waiting, in order (the queue's order is preserved
// because the unfinished keep their relative order).
function solve(minutes: number[], turn: number): number[] {
  const left = [...minutes];
  const done: number[] = new Array(minutes.length).fill(0);
  let waiting = minutes.map((_, i) => i);
  let clock = 0;
  while (waiting.length > 0) {
    const next: number[] = [];
    for (const i of waiting) {
      const used = Math.min(turn, left[i]!);
      clock += used;
      left[i]! -= used;
      if (left[i]! > 0) next.push(i);
      else done[i] = clock;
    }
    waiting = next;
  }
  return done;
}
