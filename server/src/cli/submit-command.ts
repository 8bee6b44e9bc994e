/**
 * `winterarc submit <problem> <file> [--run [input]]`: a client of a Winter Arc server's public API.
 * It signs in, subscribes to its live events, submits, prints the judging test by test, then the
 * per-test table (or, for a run on custom input, what the program printed). The live socket is a
 * nicety: without it (or when it drops) the client polls the submission's status URL instead.
 * Exit code: 0 for Accepted (a run on custom input: it ran fine), 1 for any other verdict, 2 when it
 * could not get a verdict at all (usage, network, credentials, a refused submission).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { queuePlaceText, verdictNames } from '@winterarc/contract';
import { readEnv } from '../infra/config/env.js';
import { type ApiClient, apiClient, NetworkError, type SubmissionDetail } from './api-client.js';
import { type LiveEvent, type LiveFeed, openLiveFeed } from './live-feed.js';
import { progressLine } from './progress.js';
import { UsageError } from './run-command.js';
import { indent, languageFor, out, printResult } from './verdict-report.js';

export interface SubmitOptions {
  server?: string;
  language?: string;
  /** true: run on the samples; a path: run once on that file's content as stdin. */
  run?: boolean | string;
  passwordStdin?: boolean;
  /** Seconds to wait for the verdict (default 300). */
  timeout?: string;
}

const defaultServer = 'http://127.0.0.1:8080';
const readyTimeoutMs = 5000;
/** How often the status URL is read: rarely while live events flow (in case one is lost), else often. */
const pollWithLiveMs = 5000;
const pollWithoutLiveMs = 500;

export async function submitCommand(problem: string, sourceFile: string, options: SubmitOptions) {
  const base = serverUrl(options.server ?? process.env.WINTERARC_URL ?? defaultServer);
  const timeoutMs = seconds(options.timeout ?? '300') * 1000;
  const language = languageFor(sourceFile, options.language);
  const source = await readText(sourceFile, 'the source file');
  const input = typeof options.run === 'string' ? await readText(options.run, 'the input file') : undefined;
  const { email, password } = credentials(options);

  const client = apiClient(base);
  const token = await client.signIn(email, password);
  const live = await openLiveFeed(base, token, readyTimeoutMs);
  const status = statusPrinter();
  if (typeof live === 'string') status.note(`live updates unavailable (${live}); polling for the verdict`);
  try {
    const { id } = await client.submit(
      token,
      {
        problem,
        language,
        source,
        mode: options.run === undefined ? 'submit' : 'run',
        ...(input === undefined ? {} : { input }),
      },
      randomUUID(),
    );
    status.note(`submitted ${id}`);
    const done = await follow(
      client,
      token,
      id,
      typeof live === 'string' ? undefined : live,
      status,
      timeoutMs,
    );
    status.clear();
    report(done, input !== undefined);
    if (done.verdict !== 'AC') process.exitCode = 1;
  } finally {
    if (typeof live !== 'string') live.close();
  }
}

function report(done: SubmissionDetail, customInput: boolean) {
  const verdict = done.verdict ?? 'IE';
  if (customInput) {
    if (done.output !== null) {
      out('Output:');
      process.stdout.write(
        done.output.endsWith('\n') || done.output === '' ? done.output : `${done.output}\n`,
      );
    }
    if (done.message !== null) out(`\n${done.message}`);
    out(`\n${verdict === 'AC' ? 'Ran to the end' : verdictNames[verdict]} (${verdict})`);
    return;
  }
  printResult({
    verdict,
    tests: done.tests.map((test) => ({ ...test, memoryBytes: test.memoryKb * 1024 })),
    message: done.message,
    score: done.score,
    maxScore: done.maxScore,
    testsRun: done.testsRun ?? 0,
    testsTotal: done.testsTotal ?? 0,
  });
}

/** Waits for the submission to be done, printing its progress; resolves with its full detail. */
function follow(
  client: ApiClient,
  token: string,
  id: string,
  live: LiveFeed | undefined,
  status: StatusPrinter,
  timeoutMs: number,
): Promise<SubmissionDetail> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    let pollMs = live === undefined ? pollWithoutLiveMs : pollWithLiveMs;
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    let lastStatus = 'queued';

    const settle = (outcome: () => Promise<SubmissionDetail>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome().then(resolve, reject);
    };

    const poll = async () => {
      if (settled) return;
      try {
        const detail = await client.submission(token, id);
        if (detail.status === 'done') return settle(async () => detail);
        if (detail.status !== lastStatus && live === undefined) status.show(detail.status);
        lastStatus = detail.status;
      } catch (error) {
        // A server restarting is worth waiting for; anything it says is final.
        if (!(error instanceof NetworkError)) return settle(() => Promise.reject(error));
      }
      if (Date.now() > deadline)
        return settle(() =>
          Promise.reject(
            new UsageError(
              `no verdict after ${timeoutMs / 1000} s: submission ${id} is still ${lastStatus}. Is a judge worker running? (raise --timeout to wait longer)`,
            ),
          ),
        );
      timer = setTimeout(poll, pollMs);
    };

    live?.follow((event: LiveEvent) => {
      if (event.id !== id || settled) return;
      status.show(describe(event));
      if (event.stage === 'done') settle(() => client.submission(token, id));
    });
    live?.onLost((reason) => {
      status.note(`live updates lost (${reason}); polling for the verdict`);
      pollMs = pollWithoutLiveMs;
      clearTimeout(timer);
      if (!settled) timer = setTimeout(poll, pollMs);
    });
    timer = setTimeout(poll, pollMs);
  });
}

function describe(event: LiveEvent): string {
  switch (event.stage) {
    case 'queued':
      return queuePlaceText(event.position);
    case 'judging':
      return event.attempt > 1 ? `judging (attempt ${event.attempt})` : 'judging';
    case 'compiling':
      return 'compiling';
    case 'testing':
      return `test ${event.test}/${event.of}`;
    case 'delayed':
      return `delayed: ${event.reason}`;
    case 'done':
      return `${event.verdict}${event.score === null ? '' : ` (score ${event.score})`}, ${event.testsRun} of ${event.testsTotal} tests run`;
  }
}

interface StatusPrinter {
  /** A stage of the judging: redrawn in place on a terminal, a line of its own elsewhere. */
  show(text: string): void;
  /** A remark that stays (on stderr). */
  note(text: string): void;
  clear(): void;
}

/** Progress goes to stderr, so stdout holds only the results. */
function statusPrinter(): StatusPrinter {
  const tty = process.stderr.isTTY === true;
  return {
    show(text) {
      const test = /^test (\d+)\/(\d+)$/.exec(text);
      if (tty && test !== null)
        process.stderr.write(progressLine(Number(test[1]), Number(test[2]), 'testing'));
      else process.stderr.write(tty ? `\r\x1b[2K${text}` : `${text}\n`);
    },
    note(text) {
      process.stderr.write(`${tty ? '\r\x1b[2K' : ''}${indent(text)}\n`);
    },
    clear() {
      if (tty) process.stderr.write('\r\x1b[2K');
    },
  };
}

function serverUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--server "${text}" is not a URL; give one like ${defaultServer}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`--server must be an http:// or https:// URL, not ${url.protocol}`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

function seconds(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new UsageError(`--timeout takes a number of seconds, not "${text}"`);
  return value;
}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${file} (${(error as NodeJS.ErrnoException).code})`);
  }
}

/** The password never comes from argv: arguments are visible to every user in `ps`. */
function credentials(options: SubmitOptions): { email: string; password: string } {
  const env = readEnv(process.env);
  const email = process.env.WINTERARC_EMAIL;
  if (email === undefined || email === '')
    throw new UsageError('set WINTERARC_EMAIL to the email of your Winter Arc account');
  const password = options.passwordStdin
    ? readFileSync(0, 'utf8').replace(/\r?\n$/, '')
    : env.optionalSecret('WINTERARC_PASSWORD');
  if (password === undefined || password === '')
    throw new UsageError(
      'give your password in WINTERARC_PASSWORD or WINTERARC_PASSWORD_FILE, or pipe it with --password-stdin',
    );
  return { email, password };
}
