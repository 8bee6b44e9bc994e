function solve(nums: number[], target: number): number[] {
  const where = new Map<number, number>();
  for (let j = 0; j < nums.length; j += 1) {
    const i = where.get(target - nums[j]!);
    if (i !== undefined) return [i, j];
    where.set(nums[j]!, j);
  }
  return [];
}
