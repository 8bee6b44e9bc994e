/**
 * The messages between the judge and a function-problem harness. In: the signature and each test's
 * arguments (never the expected values). Out: one line per test, `<nonce> <json>`; lines without the
 * run's nonce (anything else on that channel) are ignored. The verdict is decided outside the sandbox
 * by comparing returned values with the expected ones, so a forged line can claim a value, never a pass.
 */
import { randomBytes } from 'node:crypto';
import type { ClassSignature } from './class-signature.js';
import type { ValueType } from './types.js';

export interface FunctionSignature {
  /** The function the learner writes, e.g. `solve`. */
  name: string;
  params: { name: string; type: ValueType }[];
  returns: ValueType;
}

/**
 * One test's outcome. A class problem's test reports `values`, one per call made (on an error: the
 * calls before the one that raised), and `ms`, the time of all its calls together.
 */
export type TestOutcome =
  | { index: number; ok: true; value: unknown; values?: unknown[]; ms: number }
  | { index: number; ok: false; error: string; values?: unknown[] };

export interface HarnessReport {
  /** Why the solution could not be loaded (syntax error, no such function), if it could not. */
  loadError?: string;
  /** Outcomes in test order; tests missing here never finished (time or memory ran out first). */
  outcomes: TestOutcome[];
}

export function newNonce(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * `source`: the solution itself: always for the JavaScript harness; for the Python one, when it was
 * started before the submission was known (warm pool).
 */
export function harnessInput(
  signature: FunctionSignature | ClassSignature,
  tests: unknown[][],
  nonce: string,
  source?: string,
): string {
  const declared =
    'methods' in signature
      ? {
          class: {
            name: signature.name,
            params: signature.constructorParams.map((p) => p.type),
            methods: Object.fromEntries(
              signature.methods.map((m) => [
                m.name,
                {
                  params: m.params.map((p) => p.type),
                  ...(m.returns === undefined ? {} : { returns: m.returns }),
                },
              ]),
            ),
          },
        }
      : {
          function: signature.name,
          params: signature.params.map((p) => p.type),
          returns: signature.returns,
        };
  return JSON.stringify({ nonce, ...declared, tests, ...(source === undefined ? {} : { source }) });
}

export function parseHarnessOutput(stdout: string, nonce: string, testCount: number): HarnessReport {
  const report: HarnessReport = { outcomes: [] };
  const prefix = `${nonce} `;
  for (const line of stdout.split('\n')) {
    if (!line.startsWith(prefix)) continue;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line.slice(prefix.length)) as Record<string, unknown>;
    } catch {
      continue;
    }
    if (record.load === false) {
      report.loadError = String(record.error);
      return report;
    }
    // Results must arrive in order, once each: anything else is not the harness speaking.
    if (record.i !== report.outcomes.length || report.outcomes.length >= testCount) continue;
    const values = Array.isArray(record.values) ? { values: record.values as unknown[] } : {};
    report.outcomes.push(
      record.ok === true
        ? { index: record.i, ok: true, value: record.value, ...values, ms: Number(record.ms) || 0 }
        : { index: record.i, ok: false, error: String(record.error), ...values },
    );
  }
  return report;
}
