/**
 * The long-running roles of one codebase: `serve` (everything in one process, embedded defaults),
 * `api` (HTTP + WebSocket + outbox relay + stuck-submission sweeper) and `worker` (judges jobs from
 * the queue). Each opens only what it needs and shuts down gracefully: stop taking work, finish what
 * is in progress (or hand it back to the queue), then close connections.
 */
import { createJudge, createSandbox, type Judge } from '@winterarc/judge';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { type Config, loadConfig, requireMetricsTokenInProduction } from '../infra/config/config.js';
import { newestAppliedMigration, newestKnownMigration } from '../infra/db/backup/schema-stamp.js';
import { chooseLogFormat, createLogger } from '../infra/logging.js';
import { createMetrics } from '../infra/metrics/metrics.js';
import {
  startWorkerMetricsServer,
  type WorkerMetricsServer,
} from '../infra/metrics/worker-metrics-server.js';
import { openMigrationDatabaseFor, openRuntime, type Runtime } from '../infra/runtime.js';
import { removeAbandonedBuilds } from '../modules/problems/package-store.js';
import { loadProblemCatalog, seedProblems } from '../modules/problems/seed-problems.js';
import { loadQuizContent, topicSlugsOf } from '../modules/quizzes/content.js';
import { seedQuizzes } from '../modules/quizzes/seed.js';
import { loadRoadmapContent } from '../modules/roadmap/content.js';
import { seedRoadmap } from '../modules/roadmap/seed.js';
import { databasePackageSource } from '../modules/submissions/database-package-source.js';
import { type Pipeline, startPipeline } from '../modules/submissions/pipeline.js';
import { prepareJudgeCacheDir } from './judge-cache-dir.js';
import { UsageError } from './run-command.js';

export interface Roles {
  http: boolean;
  relay: boolean;
  worker: boolean;
  seed: boolean;
}

/** How long in-progress work may take to finish on SIGTERM before the process exits anyway. */
const shutdownGraceMs = 30_000;

export async function runRoles(name: string, roles: Roles): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  requireMetricsTokenInProduction(config);
  if (!roles.worker && roles.relay && config.rabbitmqUrl === undefined)
    throw new UsageError(
      `\`winterarc ${name}\` hands judging to separate workers through RabbitMQ: set RABBITMQ_URL (or run \`winterarc serve\`, which judges in process).`,
    );
  if (!roles.http && (config.rabbitmqUrl === undefined || config.databaseUrl === undefined))
    throw new UsageError(
      `\`winterarc ${name}\` takes its jobs from RabbitMQ and writes verdicts to PostgreSQL: set RABBITMQ_URL and DATABASE_URL.`,
    );
  const log: FastifyBaseLogger = createLogger(
    config.logLevel,
    undefined,
    chooseLogFormat(config.logFormat, process.stdout.isTTY === true),
  );
  const lastReported = new Map<string, string>();
  const runtime = await openRuntime(config, (service, error) => {
    // Once per change of trouble, not once per retry: the clients reconnect on their own.
    if (lastReported.get(service) === error.message) return;
    lastReported.set(service, error.message);
    log.warn({ service, err: error.message }, `${service} connection problem; retrying in the background`);
  });

  const metrics = createMetrics();
  let app: FastifyInstance | undefined;
  let metricsServer: WorkerMetricsServer | undefined;
  let pipeline: Pipeline | undefined;
  let judge: Judge | undefined;
  try {
    if (roles.http) await migrateAndSeed(config, runtime, roles.seed);
    judge = roles.worker ? await openJudge(config, log, roles.http) : undefined;
    pipeline = await startPipeline({
      db: runtime.database.db,
      queue: runtime.queue,
      pubsub: runtime.pubsub,
      log,
      metrics,
      relay: roles.relay,
      ...(judge === undefined
        ? {}
        : {
            worker: {
              judge,
              packages: databasePackageSource(runtime.database.db, config.judging.cacheDir),
              concurrency: config.judging.concurrency,
            },
          }),
      maxAttempts: config.judging.maxAttempts,
      maxInFlightPerUser: config.judging.maxInFlightPerUser,
      stuckAfterMs: config.judging.stuckAfterSeconds * 1000,
      requeueUnfinishedAtStart: runtime.queue.kind === 'memory' && roles.relay,
    });
    if (roles.http) {
      const wake = pipeline;
      app = await buildApp({
        config,
        database: runtime.database,
        counters: runtime.counters,
        cache: runtime.cache,
        pubsub: runtime.pubsub,
        queue: runtime.queue,
        metrics,
        onSubmissionCreated: () => wake.notify(),
        logger: log,
      });
      await app.listen({ host: config.host, port: config.port });
    } else {
      // No API port here, so the worker serves its metrics and liveness on a port of its own.
      metricsServer = await startWorkerMetricsServer({
        metrics,
        host: config.metrics.workerHost,
        port: config.metrics.workerPort,
        token: config.metrics.token,
      });
    }
  } catch (error) {
    await app?.close();
    await metricsServer?.close();
    await pipeline?.stop();
    await judge?.close();
    await runtime.close();
    throw error;
  }

  log.info(
    {
      role: name,
      database: runtime.database.kind,
      queue: runtime.queue.kind,
      cache: runtime.counters.kind,
      judging: judge === undefined ? 'off' : `${config.judging.concurrency} at a time`,
      ...(metricsServer === undefined
        ? {}
        : { metrics: `http://${config.metrics.workerHost}:${metricsServer.port}/metrics` }),
      startupMs: Math.round(performance.now() - startedAt),
    },
    app === undefined
      ? `Winter Arc ${name} is up`
      : `Winter Arc is up on ${app.listeningOrigin} (API docs at /docs)`,
  );
  handleShutdown(log, runtime, app, pipeline, judge, metricsServer);
}

/**
 * Brings the schema up to date (and loads the content) before serving: through the owner's connection
 * when one is configured (MIGRATION_DATABASE_URL), since the app's own role may not change the schema.
 */
async function migrateAndSeed(config: Config, runtime: Runtime, seed: boolean): Promise<void> {
  // Up to date already (the usual case, `migrate` ran first): nothing to do, and no right to change
  // the schema needed — an API role without it starts fine.
  if (!seed && (await newestAppliedMigration(runtime.database.db)) >= newestKnownMigration()) return;
  const owner =
    config.migrationDatabaseUrl === undefined ? runtime.database : await openMigrationDatabaseFor(config);
  try {
    await owner.migrate();
    if (seed) {
      const roadmap = await loadRoadmapContent(config.roadmapContentDir);
      await seedRoadmap(owner.db, roadmap);
      await seedProblems(owner.db, await loadProblemCatalog(config.problemsContentDir));
      await seedQuizzes(owner.db, await loadQuizContent(config.quizzesContentDir, topicSlugsOf(roadmap)));
    }
  } finally {
    if (owner !== runtime.database) await owner.close();
  }
}

/** The worker's judge; `optional` (serve) downgrades a host that cannot sandbox to a warning. */
async function openJudge(
  config: Config,
  log: FastifyBaseLogger,
  optional: boolean,
): Promise<Judge | undefined> {
  try {
    const sandbox = createSandbox();
    // Hidden answers: the cache is this user's alone (no sandbox reads it).
    await prepareJudgeCacheDir(config.judging.cacheDir, config.dataDir, (message) => log.info(message));
    const abandoned = await removeAbandonedBuilds(config.judging.cacheDir);
    if (abandoned > 0) log.info({ abandoned }, 'removed half-built packages left by a stopped worker');
    return createJudge(sandbox, { warmPool: true });
  } catch (error) {
    if (!optional) throw error;
    log.error(
      { err: (error as Error).message },
      'judging is OFF on this host: submissions are stored but not judged. Run `winterarc judge doctor` to see what to fix.',
    );
    return undefined;
  }
}

function handleShutdown(
  log: FastifyBaseLogger,
  runtime: Runtime,
  app: FastifyInstance | undefined,
  pipeline: Pipeline | undefined,
  judge: Judge | undefined,
  metricsServer: WorkerMetricsServer | undefined,
) {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing the work in progress');
    // Past the grace period the process exits; unacknowledged jobs go back to the queue.
    const forced = setTimeout(() => {
      log.warn('work still in progress after the grace period; exiting (the queue redelivers it)');
      process.exit(1);
    }, shutdownGraceMs);
    forced.unref();
    await app?.close();
    await pipeline?.stop();
    await judge?.close();
    await runtime.close();
    // Last, so the worker stays observable while it drains.
    await metricsServer?.close();
    clearTimeout(forced);
    log.info('stopped');
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
