import { buildApp } from '../app.js';
import { loadConfig } from '../infra/config/config.js';
import { openRuntime } from '../infra/runtime.js';
import { loadProblemCatalog, seedProblems } from '../modules/problems/seed-problems.js';
import { loadRoadmapContent } from '../modules/roadmap/content.js';
import { seedRoadmap } from '../modules/roadmap/seed.js';

/** All roles in one process: migrate, seed the roadmap and problems, serve the API and web app until signalled. */
export async function serveCommand(options: { seed: boolean }) {
  const startedAt = performance.now();
  const config = loadConfig();
  const runtime = await openRuntime(config);
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    await runtime.database.migrate();
    if (options.seed) {
      await seedRoadmap(runtime.database.db, await loadRoadmapContent(config.roadmapContentDir));
      await seedProblems(runtime.database.db, await loadProblemCatalog(config.problemsContentDir));
    }
    app = await buildApp({ config, database: runtime.database, counters: runtime.counters });
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app?.close();
    await runtime.close();
    throw error;
  }
  const started = app;
  started.log.info(
    {
      database: runtime.database.kind,
      cache: runtime.counters.kind,
      startupMs: Math.round(performance.now() - startedAt),
    },
    `Winter Arc is up on ${started.listeningOrigin} (API docs at /docs)`,
  );

  // Stop taking connections, let in-flight requests finish, then close the database cleanly (PGlite
  // flushes its data directory on close).
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    started.log.info({ signal }, 'shutting down');
    const forced = setTimeout(() => process.exit(1), 10_000);
    forced.unref();
    await started.close();
    await runtime.close();
    clearTimeout(forced);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
