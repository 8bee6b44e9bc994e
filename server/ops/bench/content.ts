/**
 * `npm run bench:content` (as root): what the problem bank's self-test costs, package by package — the
 * same self-test the content lane runs (every submission of every package through the real sandbox),
 * as many packages at a time as the machine has cores. Prints the table slowest first, the wall time,
 * and what a bank of 130 packages would take at this rate; writes its section of docs/benchmarks.md.
 *
 * `npm run bench:content -- convoy-rotation exact-climb` measures only the packages named.
 */
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  createJudge,
  createSandbox,
  createSelfTestRunner,
  readProblemPackage,
  selfTestTimingTable,
} from '@winterarc/judge';
import { repoPaths } from '../../src/infra/paths.js';
import { machineLine, writeSection } from './benchmarks-file.js';

/** The content lane's per-package budget (content-problems.test.ts): 130 packages in 5 min on 2 cores. */
const budgetSeconds = 5;
const bankSize = 130;

async function main() {
  const named = process.argv.slice(2);
  const all = (await readdir(repoPaths.problemsContent, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  const unknown = named.filter((name) => !all.includes(name));
  if (unknown.length > 0) throw new Error(`No package named ${unknown.join(', ')} in content/problems.`);
  const slugs = named.length > 0 ? named : all;

  const concurrency = os.availableParallelism();
  const judge = createJudge(createSandbox());
  const runner = createSelfTestRunner(judge, concurrency);
  const loadBefore = os.loadavg()[0]!;
  const started = performance.now();
  try {
    const runs = await Promise.all(
      slugs.map(async (slug) =>
        runner.run(slug, await readProblemPackage(path.join(repoPaths.problemsContent, slug))),
      ),
    );
    const wallSeconds = (performance.now() - started) / 1000;
    const failed = runs.filter((run) => !run.report.ok).map((run) => run.name);
    const perPackage = wallSeconds / runs.length;
    const body = `## Problem bank self-test, per package (\`npm run bench:content\`, as root)

Machine: ${machineLine()}. Ran ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average ${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end.
Command: \`npm run bench:content${named.length > 0 ? ` -- ${named.join(' ')}` : ''}\`. Every submission of each package judged as the content lane
judges it, ${concurrency} packages at a time. A package's seconds are its wall time from its first build
to its last verdict, so they grow with the machine's load; the budget (${budgetSeconds} s) is what a package
may cost for a bank of ${bankSize} packages to self-test in 5 minutes on 2 cores.

${selfTestTimingTable(runs, budgetSeconds)}

Wall time for these ${runs.length} packages: ${wallSeconds.toFixed(1)} s (${perPackage.toFixed(1)} s per package at ${concurrency} at a time);
at that rate a bank of ${bankSize} packages would take ${((perPackage * bankSize) / 60).toFixed(1)} minutes.${
      failed.length > 0
        ? `\nSelf-tests that FAILED (fix before trusting these figures): ${failed.join(', ')}.`
        : ''
    }
`;
    await writeSection('content', body);
    process.stdout.write(`${body}\n`);
    if (failed.length > 0) process.exitCode = 1;
  } finally {
    await judge.close();
  }
}

await main();
