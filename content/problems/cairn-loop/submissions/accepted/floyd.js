// Floyd's tortoise and hare: meet inside the loop, then walk from the start and the meeting point
// in step to the entrance, then once around for the length.
function solve(arrows) {
  let slow = arrows[0];
  let fast = arrows[arrows[0]];
  while (slow !== fast) {
    slow = arrows[slow];
    fast = arrows[arrows[fast]];
  }
  let entrance = 0;
  while (entrance !== slow) {
    entrance = arrows[entrance];
    slow = arrows[slow];
  }
  let length = 1;
  for (let at = arrows[entrance]; at !== entrance; at = arrows[at]) length += 1;
  return [entrance, length];
}
