export function total(text: string): bigint {
  const [, ...numbers] = text.trim().split(/\s+/);
  return numbers.reduce((sum: bigint, token: string) => sum + BigInt(token), 0n);
}
