/**
 * Refuses passwords an attacker would try early: common and breached ones, keyboard walks, repeats,
 * dates, and the user's own email or name. Length alone lets `1234567890` and the email itself
 * through. zxcvbn-ts estimates how many guesses a password takes, against its offline dictionaries
 * (the common-passwords list drawn from breaches, English words and names) and the account's own
 * data; below `minimumScore` the password is refused with zxcvbn's own reason and advice.
 *
 * The estimate is synchronous and costs from milliseconds to about a second for a long patterned
 * password (measured in docs/benchmarks.md), so it runs in one worker thread, started on first use
 * and shared by the whole process: the event loop never waits on it.
 * @see https://zxcvbn-ts.github.io/zxcvbn/
 * @see https://pages.nist.gov/800-63-3/sp800-63b.html#memsecretver
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { httpProblem } from '../../infra/http/problem.js';

/** zxcvbn's 0-4 scale; 3 means "safely unguessable: moderate protection from an offline attack". */
export const minimumScore = 3;

/**
 * Only the first characters are estimated: the cost grows steeply with length, and a password
 * whose first 64 characters are strong is strong.
 */
const estimatedLength = 64;

/**
 * How many l33t readings (`@` as `a`, `0` as `o`, …) of a password are tried. The library's default
 * of 100 made a random 64-character password cost seconds; 10 still unmasks `p@ssw0rd`-style ones
 * (benchmarked in docs/benchmarks.md).
 */
const l33tSubstitutions = 10;

export interface PasswordVerdict {
  score: number;
  warning: string | null;
  suggestions: string[];
}

// The worker is plain CommonJS evaluated from this string, so it runs the same from the TypeScript
// sources (tests) and the compiled dist; the packages are resolved here and handed over as paths.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { ZxcvbnFactory } = require(workerData.core);
const common = require(workerData.common);
const en = require(workerData.en);
const zxcvbn = new ZxcvbnFactory({
  maxLength: workerData.maxLength,
  l33tMaxSubstitutions: workerData.l33tSubstitutions,
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});
parentPort.on('message', ({ id, password, userInputs }) => {
  const result = zxcvbn.check(password, userInputs);
  parentPort.postMessage({
    id,
    score: result.score,
    warning: result.feedback.warning,
    suggestions: result.feedback.suggestions,
  });
});
`;

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (v: PasswordVerdict) => void; reject: (e: Error) => void }>();

function startWorker(): Worker {
  const require = createRequire(import.meta.url);
  const started = new Worker(workerSource, {
    eval: true,
    workerData: {
      core: require.resolve('@zxcvbn-ts/core'),
      common: require.resolve('@zxcvbn-ts/language-common'),
      en: require.resolve('@zxcvbn-ts/language-en'),
      maxLength: estimatedLength,
      l33tSubstitutions,
    },
  });
  started.on('message', (message: PasswordVerdict & { id: number }) => {
    const { id, ...verdict } = message;
    pending.get(id)?.resolve(verdict);
    pending.delete(id);
  });
  const fail = (error: Error) => {
    worker = undefined;
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`the password checker stopped (exit code ${code})`)));
  return started;
}

/** zxcvbn's estimate of `password`, with the account's own data counted as known to the attacker. */
export function estimatePassword(password: string, userInputs: string[]): Promise<PasswordVerdict> {
  worker ??= startWorker();
  const id = nextId++;
  const running = worker;
  running.ref();
  return new Promise<PasswordVerdict>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    running.postMessage({ id, password, userInputs });
  }).finally(() => {
    // An idle checker must not keep the process alive (CLI commands, tests).
    if (pending.size === 0) running.unref();
  });
}

/** The parts of an email and a name an attacker who knows the account would try. */
function personalWords(email: string, displayName: string): string[] {
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  return [email.toLowerCase(), local, domain.split('.')[0] ?? '', displayName.toLowerCase()]
    .concat(displayName.toLowerCase().split(/\s+/))
    .filter((word) => word.length >= 4);
}

/**
 * Throws a 400 problem on `password` naming what is wrong and what to do, or resolves when the
 * password may be used for the account with this email and name.
 */
export async function assertStrongPassword(
  password: string,
  account: { email: string; displayName: string },
  field = 'password',
): Promise<void> {
  const words = personalWords(account.email, account.displayName);
  const lower = password.toLowerCase();
  const passphrase = 'A passphrase of four or more unrelated words is strong and easy to remember.';
  const refuse = (why: string, advice: string[]): never => {
    throw httpProblem.validation(
      `This password is easy to guess. ${why} ${[...advice, passphrase].join(' ')}`,
      [{ in: 'body', field, message: `is easy to guess: ${why}` }],
    );
  };
  if (words.some((word) => lower.includes(word))) {
    refuse('It contains your email address or your name.', ['Choose one that has nothing to do with you.']);
  }
  const verdict = await estimatePassword(password, words);
  if (verdict.score >= minimumScore) return;
  const why = verdict.warning || 'It follows a pattern that is tried early (common words, sequences, dates).';
  refuse(why, verdict.suggestions);
}
