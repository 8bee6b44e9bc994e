/**
 * Sorts an internal-error message into a few causes, so `judge_internal_errors_total{reason}` has a
 * bounded label set however the messages are worded. The causes tell an operator where to look:
 * the host's sandbox, a problem's package or checker, the compiler, or a submission that keeps
 * stopping its worker. The patterns follow the messages of @winterarc/judge and the judge worker.
 */
export const internalErrorReasons = [
  'sandbox',
  'compiler',
  'checker',
  'problem',
  'retries_exhausted',
  'other',
] as const;
export type InternalErrorReason = (typeof internalErrorReasons)[number];

const patterns: [InternalErrorReason, RegExp][] = [
  ['retries_exhausted', /^judging was started \d+ times/],
  ['checker', /output validator|interactor/],
  ['compiler', /^the compiler could not be run/],
  ['sandbox', /sandbox|cgroup|uid|cannot start|cannot prepare the submission|never runs as root/],
  ['problem', /the problem|test data|function problems/],
];

export function internalErrorReason(message: string | undefined): InternalErrorReason {
  if (message === undefined) return 'other';
  return patterns.find(([, pattern]) => pattern.test(message))?.[0] ?? 'other';
}
