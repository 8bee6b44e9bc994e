/**
 * The order a learner sees: question and option order are shuffled per attempt, and the same attempt
 * always shows the same order (a reload, another device), so the order is derived from the attempt id
 * rather than stored. SHA-256 of the attempt id and a salt seeds a small PRNG for a Fisher–Yates shuffle.
 */
import { createHash } from 'node:crypto';

/** A PRNG (mulberry32) good enough for shuffling; not for anything secret. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `items` in an order fixed by (attemptId, salt): a permutation, the same on every call. */
export function shuffledFor<T>(items: readonly T[], attemptId: string, salt: string): T[] {
  const digest = createHash('sha256').update(`${attemptId}\u0000${salt}`).digest();
  const random = prng(digest.readUInt32BE(0));
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}
