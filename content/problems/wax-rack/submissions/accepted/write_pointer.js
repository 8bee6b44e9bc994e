// Read/write pointers in place, then truncate the array to the kept part.
function solve(bars) {
  let write = 0;
  for (let read = 0; read < bars.length; read += 1) {
    if (write < 2 || bars[write - 2] !== bars[read]) {
      bars[write] = bars[read];
      write += 1;
    }
  }
  bars.length = write;
  return bars;
}
