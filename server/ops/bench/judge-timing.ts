/**
 * How much the reported time of identical runs varies: a CPU-bound C++ and a CPU-bound Python program
 * are judged on 20 identical tests (20 runs each), once with no load of our own and once while this
 * benchmark keeps every CPU busy with spinning processes of its own (bounded: one per CPU, killed
 * when the phase ends). The coefficient of variation (stdev / mean) of the 20 reported times is the
 * figure; the machine's background load (loadavg) is printed with it, since other work on the host
 * is not ours to stop. Each row has a reference: the same program run bare (no sandbox), which shows
 * how much of the spread is the host's own.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Judge, type LanguageId, readProblemPackage } from '@winterarc/judge';
import { twentyTests, writePackage } from './pair-sum.js';

/** The Park–Miller generator, `steps` times from `seed`: a dependent chain no compiler can shortcut. */
function parkMiller(seed: number, steps: number): number {
  let x = seed;
  for (let i = 0; i < steps; i += 1) x = (x * 48271) % 2147483647;
  return x;
}

/** Steps for about 0.4 s of CPU on the machines this was built on. */
const programs: Record<'cpp' | 'python', { steps: number; source: string }> = {
  cpp: {
    steps: 120_000_000,
    source:
      '#include <cstdio>\nint main(){long long x,n;if(std::scanf("%lld %lld",&x,&n)!=2)return 1;for(long long i=0;i<n;i++)x=x*48271%2147483647;std::printf("%lld\\n",x);}\n',
  },
  python: {
    steps: 4_000_000,
    source:
      'x, n = map(int, input().split())\nfor _ in range(n):\n    x = x * 48271 % 2147483647\nprint(x)\n',
  },
};

export interface Spread {
  language: LanguageId;
  load: string;
  runs: number;
  meanMs: number;
  stdevMs: number;
  cvPercent: number;
  minMs: number;
  maxMs: number;
  loadavgBefore: number;
  loadavgAfter: number;
}

const loadavg1 = () => Math.round(os.loadavg()[0]! * 100) / 100;

async function spreadOf(judge: Judge, language: 'cpp' | 'python', load: string): Promise<Spread> {
  const { steps, source } = programs[language];
  const answer = parkMiller(12345, steps);
  const dir = writePackage({
    'problem.yaml': 'name: Spin\nlimits:\n  time_limit: 10\n',
    ...twentyTests(() => [`12345 ${steps}\n`, `${answer}\n`]),
  });
  try {
    const problem = await readProblemPackage(dir);
    const loadavgBefore = loadavg1();
    const result = await judge.judge({ problem, language, source });
    if (result.verdict !== 'AC')
      throw new Error(`timing program got ${result.verdict}: ${result.message ?? ''}`);
    return summarize(
      language,
      load,
      result.tests.map((t) => t.timeMs),
      loadavgBefore,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The reference: the same program run bare (no sandbox, pinned with taskset to the last CPU), 20
 * times, its CPU time from getrusage — what this host's own noise allows, with no judge in the way.
 */
async function bareSpreadOf(language: 'cpp' | 'python', load: string): Promise<Spread> {
  const { steps, source } = programs[language];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winterarc-bench-bare-'));
  try {
    let command: string[];
    if (language === 'cpp') {
      writeFileSync(path.join(dir, 'main.cpp'), source);
      execFileSync('/usr/bin/g++', ['-O2', '-o', path.join(dir, 'main'), path.join(dir, 'main.cpp')]);
      command = [path.join(dir, 'main')];
    } else {
      writeFileSync(path.join(dir, 'main.py'), source);
      command = ['/usr/bin/python3', '-I', '-S', '-B', path.join(dir, 'main.py')];
    }
    const cpu = String(os.availableParallelism() - 1);
    // Python measures its child's CPU time (RUSAGE_CHILDREN), in µs.
    const timer = `import resource, subprocess, sys
subprocess.run(sys.argv[1:], input=b"12345 ${steps}\\n", stdout=subprocess.DEVNULL, check=True)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print((r.ru_utime + r.ru_stime) * 1000)`;
    const loadavgBefore = loadavg1();
    const times: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const out = execFileSync('/usr/bin/taskset', ['-c', cpu, '/usr/bin/python3', '-c', timer, ...command]);
      times.push(Number(out.toString().trim()));
    }
    return summarize(language, `${load}, bare (no sandbox)`, times, loadavgBefore);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function summarize(language: LanguageId, load: string, times: number[], loadavgBefore: number): Spread {
  const meanMs = times.reduce((a, b) => a + b, 0) / times.length;
  const stdevMs = Math.sqrt(times.reduce((a, t) => a + (t - meanMs) ** 2, 0) / times.length);
  return {
    language,
    load,
    runs: times.length,
    meanMs: Math.round(meanMs),
    stdevMs: Math.round(stdevMs * 10) / 10,
    cvPercent: Math.round((stdevMs / meanMs) * 1000) / 10,
    minMs: Math.round(Math.min(...times)),
    maxMs: Math.round(Math.max(...times)),
    loadavgBefore,
    loadavgAfter: loadavg1(),
  };
}

/** One spinning process per CPU, each killed (by its own pid) when `during` settles. */
async function underLoad<T>(during: () => Promise<T>): Promise<T> {
  const spinners: ChildProcess[] = Array.from({ length: os.availableParallelism() }, () =>
    spawn('/usr/bin/python3', ['-c', 'while True: pass'], { stdio: 'ignore' }),
  );
  try {
    return await during();
  } finally {
    for (const spinner of spinners) spinner.kill('SIGKILL');
  }
}

/** The spread of reported times, C++ then Python, without and then with load of our own. */
export async function measureTimingSpread(judge: Judge): Promise<Spread[]> {
  const spreads: Spread[] = [];
  const noLoad = 'no load of ours';
  const withLoad = `+ ${os.availableParallelism()} spinning processes`;
  for (const language of ['cpp', 'python'] as const) {
    spreads.push(await spreadOf(judge, language, `${noLoad}, judged`));
    spreads.push(await bareSpreadOf(language, noLoad));
    spreads.push(await underLoad(() => spreadOf(judge, language, `${withLoad}, judged`)));
    spreads.push(await underLoad(() => bareSpreadOf(language, withLoad)));
  }
  return spreads;
}

export function spreadTable(spreads: Spread[]): string {
  return [
    '| program (20 identical runs) | load, how run | reported time, mean ± stdev | CV | min – max | loadavg (1 min) before → after |',
    '|---|---|---|---|---|---|',
    ...spreads.map(
      (s) =>
        `| CPU-bound ${s.language === 'cpp' ? 'C++' : 'Python'} | ${s.load} | ${s.meanMs} ± ${s.stdevMs} ms | **${s.cvPercent} %** | ${s.minMs} – ${s.maxMs} ms | ${s.loadavgBefore} → ${s.loadavgAfter} |`,
    ),
  ].join('\n');
}
