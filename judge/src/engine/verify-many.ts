/**
 * The self-tests of many packages (the content lane, `npm run bench:content`): `concurrency` packages
 * are judged at a time — one submission each, so CI time grows with the content divided by the cores.
 * Each run keeps its wall time and its slowest submission for {@link selfTestTimingTable}, which is
 * how the slowest packages show up in every CI run.
 */
import type { ProblemPackage } from '../package/types.js';
import type { Judge } from './judge.js';
import { type VerifyReport, verifyPackage } from './verify.js';

export interface PackageSelfTest {
  name: string;
  report: VerifyReport;
  /** Wall clock from its first build to its last verdict. */
  seconds: number;
  /** The submission that took longest to judge (build included). */
  slowest?: { path: string; seconds: number };
}

/**
 * Runs self-tests, at most `concurrency` at a time (the rest wait their turn), and keeps every
 * finished run for the timing table.
 */
export function createSelfTestRunner(judge: Judge, concurrency: number) {
  const finished: PackageSelfTest[] = [];
  const waiting: Array<() => void> = [];
  let running = 0;
  const slot = async () => {
    if (running >= Math.max(1, concurrency)) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
  };
  const release = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return {
    async run(name: string, problem: ProblemPackage): Promise<PackageSelfTest> {
      await slot();
      try {
        const run = await selfTest(judge, name, problem);
        finished.push(run);
        return run;
      } finally {
        release();
      }
    },
    /** The runs that finished so far, in the order they finished. */
    finished: (): readonly PackageSelfTest[] => finished,
  };
}

async function selfTest(judge: Judge, name: string, problem: ProblemPackage): Promise<PackageSelfTest> {
  const started = performance.now();
  const report = await verifyPackage(judge, problem);
  const seconds = (performance.now() - started) / 1000;
  const slowest = report.checks.reduce<(typeof report.checks)[number] | undefined>(
    (max, check) => (max === undefined || check.wallMs > max.wallMs ? check : max),
    undefined,
  );
  return {
    name,
    report,
    seconds,
    ...(slowest === undefined
      ? {}
      : { slowest: { path: slowest.submission.path, seconds: slowest.wallMs / 1000 } }),
  };
}

/**
 * A Markdown table of the runs, slowest first: seconds, submissions, the slowest submission, and
 * `over budget` where a package took longer than `budgetSeconds` (a report, never a failure: the
 * figure depends on the machine and its load).
 */
export function selfTestTimingTable(runs: readonly PackageSelfTest[], budgetSeconds: number): string {
  const sorted = [...runs].sort((a, b) => b.seconds - a.seconds);
  const total = runs.reduce((sum, run) => sum + run.seconds, 0);
  const lines = [
    '| package | seconds | submissions | slowest submission | budget |',
    '|---|---|---|---|---|',
    ...sorted.map(
      (run) =>
        `| ${run.name} | ${run.seconds.toFixed(1)} | ${run.report.checks.length} | ${
          run.slowest === undefined ? '—' : `${run.slowest.path} (${run.slowest.seconds.toFixed(1)} s)`
        } | ${run.seconds > budgetSeconds ? `over ${budgetSeconds} s` : 'ok'} |`,
    ),
    `| all ${runs.length} (sum of package times) | ${total.toFixed(1)} | ${runs.reduce((n, run) => n + run.report.checks.length, 0)} | | |`,
  ];
  return lines.join('\n');
}
