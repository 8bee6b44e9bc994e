function solve(nums, target) {
  const where = new Map();
  for (let j = 0; j < nums.length; j += 1) {
    const i = where.get(target - nums[j]);
    if (i !== undefined) return [i, j];
    where.set(nums[j], j);
  }
  return [];
}
