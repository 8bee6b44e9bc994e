/**
 * Test support for the security suite: attack programs go through the full judge (createJudge + a
 * problem package + the real sandbox), and every attack is followed by checks that the host and the
 * next submission are unaffected.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createJudge, type Judge } from '../engine/judge.js';
import type { JudgeResult } from '../engine/result.js';
import type { LanguageId } from '../languages/language.js';
import { readProblemPackage } from '../package/read-problem-package.js';
import { writeTempPackage } from '../package/temp-package.js';
import type { ProblemPackage } from '../package/types.js';
import { createSandbox, type Sandbox } from '../sandbox/run.js';

export const sandbox: Sandbox = createSandbox();

/**
 * Two one-test problems, written fresh for each test file:
 * - `sum`: "3 4" → 7, the normal submission that must still be accepted after each attack;
 * - `blocked`: any input → the text `blocked`. Probe programs print `blocked` when every attempt
 *   failed, and otherwise what got through, so the verdict is AC only if the attack was stopped and
 *   a WA's message shows what leaked.
 * Both: 1 s CPU (so 2 s wall), 256 MiB of memory (the JVM and V8 need headroom), 1 MiB of output.
 */
export interface SecurityProblems {
  judge: Judge;
  sum: ProblemPackage;
  blocked: ProblemPackage;
  close(): Promise<void>;
}

const problemYaml = (name: string, timeLimitSeconds: number) =>
  `name: ${name}\nlimits:\n  time_limit: ${timeLimitSeconds}\n  memory: 256\n  output: 1\n`;

/** @param timeLimitSeconds for attacks that must stay alive a while (default 1: 2 s of wall time). */
export async function securityProblems(timeLimitSeconds = 1): Promise<SecurityProblems> {
  const sumDir = await writeTempPackage({
    'problem.yaml': problemYaml('Sum', timeLimitSeconds),
    'problem_statement/problem.en.md': 'Add two integers.\n',
    'data/secret/1.in': '3 4\n',
    'data/secret/1.ans': '7\n',
  });
  const blockedDir = await writeTempPackage({
    'problem.yaml': problemYaml('Blocked', timeLimitSeconds),
    'problem_statement/problem.en.md': 'Try to escape; print `blocked` if you could not.\n',
    'data/secret/1.in': 'probe\n',
    'data/secret/1.ans': 'blocked\n',
  });
  const judge = createJudge(sandbox);
  return {
    judge,
    sum: await readProblemPackage(sumDir.dir),
    blocked: await readProblemPackage(blockedDir.dir),
    async close() {
      judge.close();
      await sumDir.remove();
      await blockedDir.remove();
    },
  };
}

/** Accepted solutions of `sum` ("3 4" → 7) in every language. */
export const sumSolutions: Record<LanguageId, string> = {
  python: 'a, b = map(int, input().split())\nprint(a + b)\n',
  javascript:
    "const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\nconsole.log(a + b);\n",
  typescript:
    "import { readFileSync } from 'node:fs';\nconst [a, b]: number[] = readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\nconsole.log(a! + b!);\n",
  c: '#include <stdio.h>\nint main(void) { long long a, b; if (scanf("%lld %lld", &a, &b) != 2) return 1; printf("%lld\\n", a + b); return 0; }\n',
  cpp: '#include <iostream>\nint main() { long long a, b; std::cin >> a >> b; std::cout << a + b << "\\n"; }\n',
  java: 'import java.util.Scanner;\npublic class Main { public static void main(String[] args) { Scanner in = new Scanner(System.in); System.out.println(in.nextLong() + in.nextLong()); } }\n',
};

export async function judgeSource(
  problems: SecurityProblems,
  problem: ProblemPackage,
  language: LanguageId,
  source: string,
): Promise<JudgeResult> {
  return problems.judge.judge({ problem, language, source });
}

/** The cgroups this test process's runs created and did not remove (run-<pid>-…), in every controller. */
export function leftoverCgroups(): string[] {
  const left: string[] = [];
  for (const controller of ['memory', 'pids', 'cpuacct', 'cpuset', '']) {
    let entries: string[];
    try {
      entries = readdirSync(join('/sys/fs/cgroup', controller, 'winterarc'));
    } catch {
      continue;
    }
    left.push(...entries.filter((e) => e.startsWith(`run-${process.pid}-`)).map((e) => `${controller}/${e}`));
  }
  return left;
}

/**
 * The host and the next run are unaffected: the attack's cgroups are gone (so none of its processes
 * lives on), and a normal submission in the same language, judged right after, is accepted.
 */
export async function expectNextRunAccepted(problems: SecurityProblems, language: LanguageId): Promise<void> {
  expect(leftoverCgroups()).toEqual([]);
  const next = await judgeSource(problems, problems.sum, language, sumSolutions[language]);
  expect(next.verdict, next.message ?? next.tests[0]?.message).toBe('AC');
  expect(leftoverCgroups()).toEqual([]);
}

/** A short description of a result for assertion messages. */
export const describeResult = (result: JudgeResult): string =>
  `${result.verdict}: ${result.message ?? ''} ${result.tests.map((t) => `${t.name} ${t.verdict} ${t.message ?? ''}`).join('; ')}`;

/** Judges `source` on the sum problem: the result, its single test, and a summary for assertion messages. */
export async function attack(problems: SecurityProblems, language: LanguageId, source: string) {
  const result = await judgeSource(problems, problems.sum, language, source);
  return { result, test: result.tests[0], summary: describeResult(result) };
}
