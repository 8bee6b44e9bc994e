// Mistake: moves the pointer of the side with the HIGHER wall; that side's snow is not settled yet,
// since the other side's wall may be lower. Caught by sample 1.
function solve(heights) {
  let lo = 0;
  let hi = heights.length - 1;
  let leftTop = 0;
  let rightTop = 0;
  let snow = 0;
  while (lo <= hi) {
    if (leftTop >= rightTop) {
      leftTop = Math.max(leftTop, heights[lo]);
      snow += leftTop - heights[lo];
      lo += 1;
    } else {
      rightTop = Math.max(rightTop, heights[hi]);
      snow += rightTop - heights[hi];
      hi -= 1;
    }
  }
  return snow;
}
