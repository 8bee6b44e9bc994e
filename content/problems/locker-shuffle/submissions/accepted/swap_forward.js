// One pass that swaps each ski with the first empty locker before it: the skis keep their order
// because the empty one always sits right after the skis already placed.
function solve(lockers) {
  let write = 0;
  for (let read = 0; read < lockers.length; read += 1) {
    if (lockers[read] !== 0) {
      const t = lockers[write];
      lockers[write] = lockers[read];
      lockers[read] = t;
      write += 1;
    }
  }
  return lockers;
}
