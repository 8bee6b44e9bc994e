/**
 * What each verdict means in plain words, and how it looks. The names match the judge's own
 * (judge/src/engine/verdict.ts); the explanations say what to look at next.
 */
import { type Verdict, verdicts } from '../api/types';

export type VerdictTone = 'success' | 'failure' | 'limit' | 'neutral';

interface VerdictInfo {
  name: string;
  explanation: string;
  tone: VerdictTone;
}

export const verdictInfo: Record<Verdict, VerdictInfo> = {
  AC: {
    name: 'Accepted',
    explanation: 'Your program gave the right answer on every test, within the limits.',
    tone: 'success',
  },
  WA: {
    name: 'Wrong Answer',
    explanation: 'Your program ran fine but its answer differs from the expected one on a test.',
    tone: 'failure',
  },
  TLE: {
    name: 'Time Limit Exceeded',
    explanation: 'Your program used more CPU time than allowed on a test: it needs a faster algorithm.',
    tone: 'limit',
  },
  MLE: {
    name: 'Memory Limit Exceeded',
    explanation: 'Your program used more memory than allowed on a test.',
    tone: 'limit',
  },
  RE: {
    name: 'Runtime Error',
    explanation: 'Your program crashed (an exception, or a non-zero exit code) on a test.',
    tone: 'failure',
  },
  OLE: {
    name: 'Output Limit Exceeded',
    explanation:
      'Your program printed far more than the answer needs; look for a loop that never stops printing.',
    tone: 'limit',
  },
  CE: {
    name: 'Compilation Error',
    explanation: 'Your code did not compile; the compiler’s message says where.',
    tone: 'failure',
  },
  IE: {
    name: 'Internal Error',
    explanation: 'The judge itself failed, not your code. Try again in a moment.',
    tone: 'neutral',
  },
};

/** Narrows a verdict string from a list endpoint (typed loosely there) to a known verdict. */
export function asVerdict(value: string | null): Verdict | null {
  return (verdicts as readonly string[]).includes(value ?? '') ? (value as Verdict) : null;
}
