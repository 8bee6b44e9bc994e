#!/usr/bin/env node
/**
 * `npm test`: the lint, the type check and every test lane (see vitest.config.ts and
 * docs/testing.md), then a table of how long each took. Every lane runs even when an earlier one
 * failed, so one CI run shows every failure; the exit code is non-zero if any lane failed.
 *
 * Scheduling: the light lanes (lint, type check, unit) run side by side, one per two cores (so one at
 * a time on a 2-core machine: side by side there, the unit lane took three times as long and its
 * timing-sensitive tests failed). The heavy lanes (integration, sandbox, content, browser) then run
 * one at a time and alone: each is already parallel inside (Vitest workers), and the sandbox and
 * browser tests measure CPU and wall time, which a neighbour would starve on a small machine.
 * WINTERARC_TEST_JOBS overrides the number of light lanes at once.
 *
 * Usage: node scripts/test-lanes.mjs [lane …]   (default: all; e.g. `npm test -- unit int`)
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Each lane: its name, the npm script it runs, and whether it may share the machine. */
const lanes = [
  { name: 'lint', script: 'lint:biome', light: true },
  { name: 'typecheck', script: 'typecheck', light: true },
  { name: 'unit', script: 'test:unit', light: true },
  { name: 'int', script: 'test:int', light: false },
  { name: 'sandbox', script: 'test:sandbox', light: false },
  { name: 'content', script: 'test:content', light: false },
  { name: 'e2e', script: 'test:e2e', light: false },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !lanes.some((lane) => lane.name === name));
if (unknown.length > 0) {
  console.error(`No lane named ${unknown.join(', ')}. Lanes: ${lanes.map((lane) => lane.name).join(', ')}.`);
  process.exit(2);
}
const selected = wanted.length === 0 ? lanes : lanes.filter((lane) => wanted.includes(lane.name));

/** Runs one lane; its output is prefixed with the lane's name so side-by-side lanes stay readable. */
function run(lane) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', lane.script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const prefix = `[${lane.name}] `;
    for (const stream of [child.stdout, child.stderr]) {
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) process.stdout.write(`${prefix}${line}\n`);
      });
      stream.on('end', () => {
        if (partial !== '') process.stdout.write(`${prefix}${partial}\n`);
      });
    }
    child.on('error', (error) => resolve({ lane, ok: false, seconds: 0, note: error.message }));
    child.on('close', (code, signal) =>
      resolve({
        lane,
        ok: code === 0,
        seconds: (Date.now() - started) / 1000,
        note: code === 0 ? '' : signal ? `killed by ${signal}` : `exit code ${code}`,
      }),
    );
  });
}

/** Runs `tasks` with at most `limit` at a time, keeping the results in the lanes' order. */
async function pool(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await run(tasks[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

const started = Date.now();
const lightJobs =
  Number(process.env.WINTERARC_TEST_JOBS) || Math.max(1, Math.floor(availableParallelism() / 2));
const light = await pool(
  selected.filter((lane) => lane.light),
  lightJobs,
);
const heavy = await pool(
  selected.filter((lane) => !lane.light),
  1,
);
const results = [...light, ...heavy];

const total = (Date.now() - started) / 1000;
console.log('\nlane        result   seconds');
for (const { lane, ok, seconds, note } of results) {
  console.log(
    `${lane.name.padEnd(11)} ${(ok ? 'ok' : 'FAILED').padEnd(8)} ${seconds.toFixed(1).padStart(7)}  ${note}`,
  );
}
console.log(`${'total'.padEnd(20)} ${total.toFixed(1).padStart(7)}  (wall clock)`);
process.exitCode = results.every((result) => result.ok) ? 0 : 1;
