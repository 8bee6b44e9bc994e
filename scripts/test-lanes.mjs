#!/usr/bin/env node
/**
 * `npm test`: the lint, the type check and every test lane (see vitest.config.ts and
 * docs/testing.md), then a table of how long each took. Every lane runs even when an earlier one
 * failed, so one CI run shows every failure; the exit code is non-zero if any lane failed.
 *
 * Scheduling (docs/testing.md, decision 0080): the light lanes (lint, type check, unit) run first, side
 * by side one per two cores (so one at a time on a 2-core machine: side by side there, the unit lane
 * took three times as long and its timing-sensitive tests failed). Then two tracks run at once:
 * - the timed lanes (sandbox, content, e2e), one at a time: they judge with CPU-time limits and wall
 *   limits of 3 x CPU + 1 s, and drive a browser, so no two of them share the machine;
 * - the integration lanes (int-pglite, int-postgres), one at a time: they mostly wait on databases,
 *   brokers and sockets, measure no time, and fill the cores the timed lanes leave idle.
 * WINTERARC_TEST_JOBS overrides the number of light lanes at once; WINTERARC_TEST_SERIAL=1 runs every
 * lane alone, one after the other (to compare a lane's time with and without a neighbour).
 *
 * Usage: node scripts/test-lanes.mjs [lane …]   (default: all; e.g. `npm test -- unit int`; `int`
 * names both integration lanes)
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Each lane: its name, the npm script it runs, and its kind (see Scheduling above). */
const lanes = [
  { name: 'lint', script: 'lint:biome', kind: 'light' },
  { name: 'typecheck', script: 'typecheck', kind: 'light' },
  { name: 'unit', script: 'test:unit', kind: 'light' },
  { name: 'sandbox', script: 'test:sandbox', kind: 'timed' },
  { name: 'content', script: 'test:content', kind: 'timed' },
  { name: 'e2e', script: 'test:e2e', kind: 'timed' },
  { name: 'int-pglite', script: 'test:int:pglite', kind: 'untimed' },
  { name: 'int-postgres', script: 'test:int:postgres', kind: 'untimed' },
];
/** Names that stand for several lanes. */
const aliases = { int: ['int-pglite', 'int-postgres'] };

const wanted = process.argv.slice(2).flatMap((name) => aliases[name] ?? [name]);
const unknown = wanted.filter((name) => !lanes.some((lane) => lane.name === name));
if (unknown.length > 0) {
  console.error(
    `No lane named ${unknown.join(', ')}. Lanes: ${lanes.map((lane) => lane.name).join(', ')}; int = both int-* lanes.`,
  );
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
const ofKind = (kind) => selected.filter((lane) => lane.kind === kind);
let results;
if (process.env.WINTERARC_TEST_SERIAL === '1') {
  results = await pool(selected, 1);
} else {
  const lightJobs =
    Number(process.env.WINTERARC_TEST_JOBS) || Math.max(1, Math.floor(availableParallelism() / 2));
  const light = await pool(ofKind('light'), lightJobs);
  const [timed, untimed] = await Promise.all([pool(ofKind('timed'), 1), pool(ofKind('untimed'), 1)]);
  results = [...light, ...timed, ...untimed];
}

const total = (Date.now() - started) / 1000;
console.log('\nlane          result   seconds');
for (const { lane, ok, seconds, note } of results) {
  console.log(
    `${lane.name.padEnd(13)} ${(ok ? 'ok' : 'FAILED').padEnd(8)} ${seconds.toFixed(1).padStart(7)}  ${note}`,
  );
}
console.log(`${'total'.padEnd(22)} ${total.toFixed(1).padStart(7)}  (wall clock)`);
process.exitCode = results.every((result) => result.ok) ? 0 : 1;
