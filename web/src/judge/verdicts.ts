/**
 * What each verdict means in plain words, and how it looks. The names are the contract's (the same
 * the judge and the CLI print); the explanations say what to look at next.
 */
import { verdictNames } from '@winterarc/contract';
import type { Verdict } from '../api/types';

export { asVerdict } from '@winterarc/contract';

export type VerdictTone = 'success' | 'failure' | 'limit' | 'neutral';

interface VerdictInfo {
  name: string;
  explanation: string;
  tone: VerdictTone;
}

export const verdictInfo: Record<Verdict, VerdictInfo> = {
  AC: {
    name: verdictNames.AC,
    explanation: 'Your program gave the right answer on every test, within the limits.',
    tone: 'success',
  },
  WA: {
    name: verdictNames.WA,
    explanation: 'Your program ran fine but its answer differs from the expected one on a test.',
    tone: 'failure',
  },
  TLE: {
    name: verdictNames.TLE,
    explanation: 'Your program used more CPU time than allowed on a test: it needs a faster algorithm.',
    tone: 'limit',
  },
  MLE: {
    name: verdictNames.MLE,
    explanation: 'Your program used more memory than allowed on a test.',
    tone: 'limit',
  },
  RE: {
    name: verdictNames.RE,
    explanation: 'Your program crashed (an exception, or a non-zero exit code) on a test.',
    tone: 'failure',
  },
  OLE: {
    name: verdictNames.OLE,
    explanation:
      'Your program printed far more than the answer needs; look for a loop that never stops printing.',
    tone: 'limit',
  },
  CE: {
    name: verdictNames.CE,
    explanation: 'Your code did not compile; the compiler’s message says where.',
    tone: 'failure',
  },
  IE: {
    name: verdictNames.IE,
    explanation: 'The judge itself failed, not your code. Try again in a moment.',
    tone: 'neutral',
  },
};
