/**
 * `npm run bench:judge` (as root): the judge's speed on this machine.
 * - sandbox overhead over a bare process (`python3 -c pass`, medians of 20 alternating runs);
 * - source → final verdict, p50/p95 over 30 submissions, for a Python function problem with 20 tests
 *   and a C++ stdio problem with 20 tests (compilation included);
 * - judged submissions per second with 2 workers judging side by side for 10 s (Python function problem);
 * - the same Python figures with the warm pool on (pre-started harnesses), and the pooled sandbox's
 *   overhead (stdin fed → result, for a program that only reads stdin);
 * - p50/p95 for the same function problem in JavaScript and TypeScript (esbuild in the sandbox), cold
 *   and with the warm pool;
 * - the spread (CV) of the reported time of a CPU-bound C++ and Python program over 20 identical
 *   runs, without and with load of our own (judge-timing.ts), with the host's loadavg.
 * - source → verdict p50/p95 for a Python class problem (20 tests of 10 calls) and a Python
 *   test-suite problem (a unittest module of 20 tests), cold (problem-kinds.ts).
 * `BENCH_PARTS=timing` (or `speed`, or `kinds`) runs one part only; all by default.
 */
import { rmSync } from 'node:fs';
import {
  createJudge,
  createSandbox,
  type Judge,
  type LanguageId,
  measurePooledSandboxOverhead,
  measureSandboxOverhead,
  type ProblemPackage,
  readProblemPackage,
} from '@winterarc/judge';
import { machineLine, writeSection } from './benchmarks-file.js';
import { measureTimingSpread, spreadTable } from './judge-timing.js';
import { pairSumSolutions, twentyTests, writePackage, writePairSumPackage } from './pair-sum.js';
import { classSolution, suiteSolution, writeClassPackage, writeSuitePackage } from './problem-kinds.js';

const submissions = Number(process.env.BENCH_SUBMISSIONS ?? 30);
const throughputSeconds = Number(process.env.BENCH_SECONDS ?? 10);

const functionProblem = writePairSumPackage();
const pythonSolution = pairSumSolutions.python;
const javascriptSolution = pairSumSolutions.javascript;
const typescriptSolution = pairSumSolutions.typescript;

const stdioProblem = writePackage({
  'problem.yaml': 'name: Sum\nlimits:\n  time_limit: 2\n',
  ...twentyTests((i) => [`${i} ${i * 7}\n`, `${i * 8}\n`]),
});
const cppSolution =
  '#include <cstdio>\nint main(){long long a,b;std::scanf("%lld %lld",&a,&b);std::printf("%lld\\n",a+b);}\n';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

async function latency(judge: Judge, problem: ProblemPackage, language: LanguageId, source: string) {
  const times: number[] = [];
  for (let i = 0; i < submissions + 2; i += 1) {
    const started = performance.now();
    const result = await judge.judge({ problem, language, source });
    if (result.verdict !== 'AC')
      throw new Error(`benchmark solution got ${result.verdict}: ${result.message ?? ''}`);
    if (i >= 2) times.push(performance.now() - started); // the first two warm the caches
  }
  return { p50: Math.round(percentile(times, 50)), p95: Math.round(percentile(times, 95)) };
}

async function throughput(judge: Judge, problem: ProblemPackage, workers: number) {
  const deadline = performance.now() + throughputSeconds * 1000;
  let judged = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < deadline) {
        await judge.judge({ problem, language: 'python', source: pythonSolution });
        judged += 1;
      }
    }),
  );
  return judged / throughputSeconds;
}

const parts = new Set((process.env.BENCH_PARTS ?? 'speed,timing,kinds').split(','));
const classProblem = writeClassPackage();
const suiteProblem = writeSuitePackage();

const sandbox = createSandbox();
const judge = createJudge(sandbox);
const pooledJudge = createJudge(sandbox, { warmPool: true });
try {
  if (parts.has('speed')) await speed();
  if (parts.has('timing')) await timing();
  if (parts.has('kinds')) await kinds();
} finally {
  await judge.close();
  await pooledJudge.close();
  for (const dir of [functionProblem, stdioProblem, classProblem, suiteProblem])
    rmSync(dir, { recursive: true, force: true });
}

async function kinds() {
  const classLatency = await latency(judge, await readProblemPackage(classProblem), 'python', classSolution);
  const suiteLatency = await latency(judge, await readProblemPackage(suiteProblem), 'python', suiteSolution);
  const table = [
    '| measure | figure |',
    '|---|---|',
    `| Python class problem, 20 tests of 10 calls: source → verdict p50 / p95 (${submissions} submissions) | ${classLatency.p50} / ${classLatency.p95} ms |`,
    `| Python test-suite problem, a unittest module of 20 tests: source → verdict p50 / p95 (${submissions} submissions) | ${suiteLatency.p50} / ${suiteLatency.p95} ms |`,
  ].join('\n');
  console.log(table);
  await writeSection(
    'judge-kinds',
    `## Judge: class and test-suite problems

Machine: ${machineLine()}. Ran ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, as root.
Command: \`npm run build && BENCH_PARTS=kinds npm run bench:judge\` (part of \`npm run bench:judge\`).
Cold runs (no warm pool): one sandboxed Python process per submission runs every test — the class
harness constructs a new instance per test and makes its calls; the suite runner imports unittest,
the learner's module and the suite, then runs the 20 tests the data names. The host is shared; read
the figures with its load in mind.

${table}`,
  );
}

async function timing() {
  const spreads = await measureTimingSpread(judge);
  const table = spreadTable(spreads);
  console.log(table);
  await writeSection(
    'judge-timing',
    `## Judge: how much the reported time of identical runs varies

Machine: ${machineLine()}. Ran ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, as root.
Command: \`npm run build && BENCH_PARTS=timing npm run bench:judge\` (part of \`npm run bench:judge\`).
One submission per row, judged on 20 identical tests (about 0.4 s of CPU each, time limit 10 s): the
20 reported times' mean, standard deviation and coefficient of variation (CV = stdev / mean). The
reported time is the run's cgroup CPU time less the sandbox's start-up (measured once per sandbox);
each run holds a CPU of its own and is pinned to it (cgroup v1 cpuset). "bare" rows run the same
program without the sandbox (pinned with taskset, CPU time from getrusage): the host's own noise, the
floor for the judged rows. "With load" adds one spinning process per CPU for that row only. The host
is shared: its loadavg before and after each row says how busy it was with work that is not this
benchmark's.

${table}`,
  );
}

async function speed() {
  const overhead = await measureSandboxOverhead(20, sandbox);
  const pooledOverhead = await measurePooledSandboxOverhead(20, sandbox);
  const fn = await readProblemPackage(functionProblem);
  const stdio = await readProblemPackage(stdioProblem);
  const python = await latency(judge, fn, 'python', pythonSolution);
  const cpp = await latency(judge, stdio, 'cpp', cppSolution);
  const one = await throughput(judge, fn, 1);
  const two = await throughput(judge, fn, 2);
  // The first submission is a miss that warms the pool; latency() drops the first two.
  const pooledPython = await latency(pooledJudge, fn, 'python', pythonSolution);
  const pooledOne = await throughput(pooledJudge, fn, 1);
  const pooledTwo = await throughput(pooledJudge, fn, 2);
  const javascript = await latency(judge, fn, 'javascript', javascriptSolution);
  const typescript = await latency(judge, fn, 'typescript', typescriptSolution);
  const pooledJavascript = await latency(pooledJudge, fn, 'javascript', javascriptSolution);
  const pooledTypescript = await latency(pooledJudge, fn, 'typescript', typescriptSolution);

  const table = [
    '| measure | figure |',
    '|---|---|',
    `| sandbox overhead, \`${overhead.command}\` (median of ${overhead.runs}) | ${overhead.sandboxMedianMs} ms sandboxed vs ${overhead.bareMedianMs} ms bare: +${overhead.overheadMs} ms, ×${overhead.ratio} |`,
    `| Python function problem, 20 tests: source → verdict p50 / p95 (${submissions} submissions) | ${python.p50} / ${python.p95} ms |`,
    `| C++ stdio problem, 20 tests: source → verdict p50 / p95, compile included (${submissions} submissions) | ${cpp.p50} / ${cpp.p95} ms |`,
    `| judged submissions per second, Python function problem, 1 worker | ${one.toFixed(1)} |`,
    `| judged submissions per second, Python function problem, 2 workers | ${two.toFixed(1)} |`,
    `| warm pool: sandbox overhead, \`${pooledOverhead.command}\` started beforehand, stdin fed → result (median of ${pooledOverhead.runs}) | ${pooledOverhead.pooledMedianMs} ms |`,
    `| warm pool: Python function problem, 20 tests: source → verdict p50 / p95 (${submissions} submissions) | ${pooledPython.p50} / ${pooledPython.p95} ms |`,
    `| warm pool: judged submissions per second, Python function problem, 1 worker | ${pooledOne.toFixed(1)} |`,
    `| warm pool: judged submissions per second, Python function problem, 2 workers | ${pooledTwo.toFixed(1)} |`,
    `| JavaScript function problem, 20 tests: source → verdict p50 / p95 (${submissions} submissions) | ${javascript.p50} / ${javascript.p95} ms |`,
    `| TypeScript function problem, 20 tests: source → verdict p50 / p95, esbuild in the sandbox included (${submissions} submissions) | ${typescript.p50} / ${typescript.p95} ms |`,
    `| warm pool: JavaScript function problem, 20 tests: source → verdict p50 / p95 (${submissions} submissions) | ${pooledJavascript.p50} / ${pooledJavascript.p95} ms |`,
    `| warm pool: TypeScript function problem, 20 tests: source → verdict p50 / p95, esbuild in the sandbox included (${submissions} submissions) | ${pooledTypescript.p50} / ${pooledTypescript.p95} ms |`,
  ].join('\n');
  console.log(table);
  await writeSection(
    'judge',
    `## Judge: sandbox overhead, time to verdict, throughput

Machine: ${machineLine()}. Ran ${new Date().toISOString().slice(0, 10)}, as root.
Command: \`npm run build && npm run bench:judge\`. Without the warm pool every run starts its interpreter
in a fresh sandbox, so each figure includes one sandbox start per process. With it
(\`createJudge(sandbox, { warmPool: true })\`, 2 pre-started harnesses per limits class: Python, and
Node for JavaScript and TypeScript), a function submission is fed to a harness already waiting on
stdin; each pooled sandbox serves one submission and is then destroyed, and the pool refills after
each use. TypeScript is first compiled by esbuild in a sandbox of its own, pooled or not.

${table}`,
  );
}
