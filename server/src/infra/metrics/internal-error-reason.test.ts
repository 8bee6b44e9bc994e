import { describe, expect, it } from 'vitest';
import { internalErrorReason } from './internal-error-reason.js';

describe('the cause of an internal error', () => {
  it.each([
    ['sandbox did not start (is the runner setuid root?): permission denied', 'sandbox'],
    ["cannot create the run's cgroups: EACCES", 'sandbox'],
    ['no sandbox uid for the run: all 16 in use', 'sandbox'],
    ['cannot prepare the submission: no free uid', 'sandbox'],
    ['the compiler could not be run: sandbox did not start: no message', 'compiler'],
    ['the output validator failed (runtime-error, exit code 1): Traceback', 'checker'],
    ['output validator cannot be prepared: ENOENT', 'checker'],
    ['the interactor failed (exit code 2)', 'checker'],
    ['the problem has no time limit; run `winterarc problem verify` to derive one', 'problem'],
    ["the problem's test data is broken: 1.ans is missing", 'problem'],
    ['function problems can be solved in python, javascript, typescript, not C++', 'problem'],
    ['judging was started 3 times and never finished (each time the worker stopped)', 'retries_exhausted'],
    ['something nobody foresaw', 'other'],
  ])('%s → %s', (message, reason) => {
    expect(internalErrorReason(message)).toBe(reason);
  });

  it('is "other" when the verdict has no message', () => {
    expect(internalErrorReason(undefined)).toBe('other');
  });
});
