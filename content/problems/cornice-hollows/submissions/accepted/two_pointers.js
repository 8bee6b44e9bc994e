// Two pointers: move the side with the lower wall; its column's snow is settled by that wall.
function solve(heights) {
  let lo = 0;
  let hi = heights.length - 1;
  let leftTop = 0;
  let rightTop = 0;
  let snow = 0;
  while (lo <= hi) {
    if (leftTop <= rightTop) {
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
