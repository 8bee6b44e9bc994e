/**
 * `npm run bench:passwords`: what the password-strength check costs and where. Measures zxcvbn-ts's
 * estimate per password shape (in its worker thread, round trip included), the worker's start (the
 * dictionaries load), and the main event loop's longest stall while checks run, which should stay
 * near zero since the estimate never runs on it. Writes its section of docs/benchmarks.md.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { estimatePassword } from '../../src/modules/auth/password-strength.js';
import { machineLine, writeSection } from './benchmarks-file.js';

const shapes: Array<[string, string]> = [
  ['typical passphrase (21 chars)', 'correct horse battery'],
  ['common password (10 chars)', '1234567890'],
  ['random, 64 chars', 'Kq8#vLz!2pWxT5rM9a$eN3uJ7cYb1oQ6hG4dF0sZ8iX2wV5kB7nR3tL9mA1pE6yU'],
  ['patterned, 256 chars (only the first 64 are estimated)', 'aB3$'.repeat(64)],
  ['digits, 250 chars', '1234567890'.repeat(25)],
];
const rounds = 7;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const inputs = ['learner@example.test', 'Test Learner'];
  const startAt = performance.now();
  await estimatePassword('warm up', inputs);
  const workerStartMs = performance.now() - startAt;

  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const rows: string[] = [];
  for (const [label, password] of shapes) {
    const times: number[] = [];
    let score = 0;
    for (let i = 0; i < rounds; i += 1) {
      const t0 = performance.now();
      score = (await estimatePassword(password, inputs)).score;
      times.push(performance.now() - t0);
    }
    rows.push(`| ${label} | ${score} | ${median(times).toFixed(1)} | ${Math.max(...times).toFixed(1)} |`);
  }
  loop.disable();
  const stallMs = loop.max / 1e6;

  const body = `## Password strength check (zxcvbn-ts in a worker thread)

Machine: ${machineLine()}. Ran ${new Date().toISOString().slice(0, 10)}.
Command: \`npm run build && npm run bench:passwords\`. Each shape checked ${rounds} times after one warm-up;
times are the round trip from the request handler's side (post to the worker, estimate, answer).

| password | score (0-4) | median (ms) | max (ms) |
|---|---|---|---|
${rows.join('\n')}

Worker start with its dictionaries (first check of a process): ${workerStartMs.toFixed(0)} ms.
Longest stall of the main event loop while all the checks above ran: ${stallMs.toFixed(1)} ms (the
estimate runs in the worker; on the event loop it would have stalled it by the times above; what
remains is this shared machine's scheduling and garbage collection).
`;
  await writeSection('passwords', body);
  process.stdout.write(`${body}\n`);
}

await main();
