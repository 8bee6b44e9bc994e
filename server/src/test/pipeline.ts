/**
 * The submission pipeline for integration tests: the real app, the backend's queue and pub/sub, a
 * judge, and the conformance problem packages imported into the test database. The judge is the real
 * sandboxed one (needs root) unless a test about the pipeline itself asks for the accepting stand-in
 * (`judge: 'accepting'`, see accepting-judge.ts), which needs neither root nor a sandbox.
 */
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJudge, createSandbox, type Judge } from '@winterarc/judge';
import { pino } from 'pino';
import type { PubSub } from '../infra/pubsub/pubsub.js';
import type { JobQueue } from '../infra/queue/job-queue.js';
import { importProblemPackage } from '../modules/problems/import.js';
import { databasePackageSource } from '../modules/submissions/database-package-source.js';
import type { PackageSource } from '../modules/submissions/judge-worker.js';
import { type Pipeline, type PipelineOptions, startPipeline } from '../modules/submissions/pipeline.js';
import { createAcceptingJudge } from './accepting-judge.js';
import { startTestApp, type TestApp } from './test-app.js';

export const conformancePackages = fileURLToPath(
  new URL('../../../judge/src/conformance/packages/', import.meta.url),
);

export interface PipelineTest extends TestApp {
  pipeline: Pipeline;
  judge: Judge;
  /** Starts a second pipeline (another worker) on the same database and queue. */
  startWorker(options?: Partial<PipelineOptions>): Promise<Pipeline>;
}

export async function startPipelineTest(
  options: {
    problems?: string[];
    pipeline?: Partial<PipelineOptions>;
    /** A queue to use instead of a fresh one of the backend (e.g. one that fails on purpose). */
    queue?: JobQueue;
    /** Live events of the test's own, instead of a fresh channel space of the backend. */
    pubsub?: PubSub;
    packages?: (real: PackageSource) => PackageSource;
    /** PostgreSQL: rewrites the database URL (e.g. through a TCP proxy the test cuts). */
    reachDatabaseThrough?: (url: string) => string;
    /**
     * `sandbox` (default): the real judge. `accepting`: AC on every test, nothing run (no root
     * needed). Or a judge of the test's own (e.g. test/gated-judge.ts).
     */
    judge?: 'sandbox' | 'accepting' | Judge;
    /** The first worker's judging slots (default 2). */
    concurrency?: number;
    /** Configuration of the app (e.g. the queue caps), as environment variables. */
    env?: Record<string, string>;
  } = {},
): Promise<PipelineTest> {
  let pipeline: Pipeline | undefined;
  const test = await startTestApp(options.env ?? {}, {
    onSubmissionCreated: () => pipeline?.notify(),
    ...(options.queue === undefined ? {} : { queue: options.queue }),
    ...(options.pubsub === undefined ? {} : { pubsub: options.pubsub }),
    ...(options.reachDatabaseThrough === undefined
      ? {}
      : { reachDatabaseThrough: options.reachDatabaseThrough }),
  });
  for (const name of options.problems ?? ['two-sum-function', 'sum-stdio']) {
    await importProblemPackage(test.database.db, path.join(conformancePackages, name));
  }
  const judge =
    typeof options.judge === 'object'
      ? options.judge
      : options.judge === 'accepting'
        ? createAcceptingJudge()
        : createJudge(createSandbox());
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'winterarc-judge-cache-'));
  chmodSync(cacheDir, 0o755);
  const real = databasePackageSource(test.database.db, cacheDir);
  const packages = options.packages?.(real) ?? real;
  const log = pino({ level: 'silent' });
  const base = {
    db: test.database.db,
    queue: test.queue,
    pubsub: test.pubsub,
    log,
    relayIntervalMs: 100,
    metrics: test.metrics,
  };
  const workers: Pipeline[] = [];
  pipeline = await startPipeline({
    ...base,
    relay: true,
    worker: { judge, packages, concurrency: options.concurrency ?? 2 },
    ...options.pipeline,
  });
  return {
    ...test,
    pipeline,
    judge,
    async startWorker(extra = {}) {
      const worker = await startPipeline({
        ...base,
        relay: false,
        worker: { judge, packages, concurrency: 1 },
        ...extra,
      });
      workers.push(worker);
      return worker;
    },
    async close() {
      for (const worker of workers) await worker.stop();
      await pipeline?.stop();
      await judge.close();
      await test.close();
    },
  };
}

/** Polls GET /submissions/:id until it is done; returns the body. */
export async function waitForVerdict(
  test: TestApp,
  id: string,
  headers: Record<string, string>,
  ms = 30_000,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const response = await test.app.inject({ method: 'GET', url: `/api/v1/submissions/${id}`, headers });
    const body = response.json();
    if (body.status === 'done') return body;
    if (Date.now() > deadline) throw new Error(`submission ${id} is still ${body.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
