// BigInt: four times 10^9 is still exact, but the habit is good.
exports.total = (text) =>
  text
    .trim()
    .split(/\s+/)
    .slice(1)
    .reduce((sum, token) => sum + BigInt(token), 0n);
