/**
 * `npm run bench:foundation`: how fast `winterarc serve` starts (fresh data directory, then an
 * existing one), how much memory it holds once up, and how many `GET /api/v1/roadmap` requests per
 * second it answers for a signed-in learner (autocannon, 10 connections, 10 s, loopback only).
 * Set BENCH_DATABASE_URL to also measure against PostgreSQL instead of embedded PGlite.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { unlimitedRates } from '../tools/cluster.js';
import { machineLine, writeSection } from './benchmarks-file.js';

const cli = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const port = 18_181;
const origin = `http://127.0.0.1:${port}`;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

async function start(env: Record<string, string>): Promise<{ child: ChildProcess; readyMs: number }> {
  const startedAt = performance.now();
  const child = spawn(process.execPath, [cli, 'serve'], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      ...unlimitedRates,
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/readyz`)).ok) return { child, readyMs: performance.now() - startedAt };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function stop(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return Math.round(Number(line?.[1] ?? 0) / 1024);
}

async function signedInHeaders(): Promise<Record<string, string>> {
  const response = await fetch(`${origin}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `bench-${Date.now()}@example.test`,
      password: 'quiet glacier lantern 42',
      displayName: 'Bench',
    }),
  });
  const { accessToken } = (await response.json()) as { accessToken: string };
  // A realistic learner: some progress on the first topics.
  const tree = (await (await fetch(`${origin}/api/v1/roadmap`)).json()) as {
    sessions: { weeks: { bullets: { topics: { slug: string }[] }[] }[] }[];
  };
  const slugs = tree.sessions.flatMap((s) =>
    s.weeks.flatMap((w) => w.bullets.flatMap((b) => b.topics.map((t) => t.slug))),
  );
  for (const slug of slugs.slice(0, 20)) {
    await fetch(`${origin}/api/v1/roadmap/topics/${slug}/progress`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ status: 'done', note: 'bench note' }),
    });
  }
  return { authorization: `Bearer ${accessToken}` };
}

async function measure(label: string, env: Record<string, string>) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'winterarc-bench-'));
  const common = {
    WINTERARC_DATA_DIR: dataDir,
    JWT_SECRET: 'b'.repeat(48),
    METRICS_TOKEN: 'm'.repeat(24),
    ...env,
  };
  try {
    const first = await start(common);
    await stop(first.child);
    const second = await start(common);
    const rss = rssMiB(second.child.pid!);
    const headers = await signedInHeaders();
    const result = await autocannon({
      url: `${origin}/api/v1/roadmap`,
      headers,
      connections: 10,
      duration: seconds,
    });
    await stop(second.child);
    if (result.non2xx > 0) {
      // Throughput of error answers is no figure: refuse to record it.
      throw new Error(`${label}: ${result.non2xx} of the requests were not answered 2xx`);
    }
    return {
      label,
      firstStartMs: Math.round(first.readyMs),
      warmStartMs: Math.round(second.readyMs),
      rss,
      rps: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const runs = [await measure('embedded (PGlite, in-memory cache)', {})];
if (process.env.BENCH_DATABASE_URL) {
  runs.push(
    await measure('PostgreSQL + Redis', {
      DATABASE_URL: process.env.BENCH_DATABASE_URL,
      REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/14',
    }),
  );
}

const rows = runs.map(
  (r) =>
    `| ${r.label} | ${r.firstStartMs} | ${r.warmStartMs} | ${r.rss} | ${r.rps} | ${r.p50} / ${r.p99} | ${r.non2xx} |`,
);
const table = [
  '| mode | first start (ms) | start with existing data (ms) | RSS after start (MiB) | GET /api/v1/roadmap req/s | latency p50 / p99 (ms) | non-2xx |',
  '|---|---|---|---|---|---|---|',
  ...rows,
].join('\n');
console.log(table);
await writeSection(
  'foundation',
  `## Foundation: start-up, memory, roadmap throughput

Machine: ${machineLine()}. Ran ${new Date().toISOString().slice(0, 10)}.
Command: \`npm run build && npm run bench:foundation\`${process.env.BENCH_DATABASE_URL ? ' with `BENCH_DATABASE_URL` set' : ''}.
Start = process spawn until \`/readyz\` answers 200 (migrations, the roadmap and starter-problem seed and the judge's start included). Throughput:
autocannon, 10 connections, ${seconds} s, a signed-in learner with 20 topics of progress.

${table}`,
);
