// The window that never shrinks: when it has too many storms it slides (left and right move
// together), so its length is always the best found so far and the answer is its final length.
function solve(days, k) {
  let storms = 0;
  let left = 0;
  for (let right = 0; right < days.length; right += 1) {
    if (days[right] === 'S') storms += 1;
    if (storms > k) {
      if (days[left] === 'S') storms -= 1;
      left += 1;
    }
  }
  return days.length - left;
}
