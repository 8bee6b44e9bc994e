import { loadConfig } from '../infra/config/config.js';
import { applyRoleGrants, checkRoleName } from '../infra/db/grants.js';
import { openMigrationDatabaseFor } from '../infra/runtime.js';
import { describeProblemSeed, loadProblemCatalog, seedProblems } from '../modules/problems/seed-problems.js';
import { loadQuizContent, topicSlugsOf } from '../modules/quizzes/content.js';
import { describeQuizSeed, seedQuizzes } from '../modules/quizzes/seed.js';
import { loadRoadmapContent } from '../modules/roadmap/content.js';
import { seedRoadmap } from '../modules/roadmap/seed.js';
import { UsageError } from './run-command.js';

export async function migrateCommand(options: { grantApi?: string; grantWorker?: string } = {}) {
  const roles = {
    ...(options.grantApi === undefined ? {} : { api: checkRole(options.grantApi) }),
    ...(options.grantWorker === undefined ? {} : { worker: checkRole(options.grantWorker) }),
  };
  const database = await openMigrationDatabaseFor(loadConfig());
  try {
    await database.migrate();
    process.stdout.write(`Migrations applied (${database.kind}).\n`);
    if (roles.api !== undefined || roles.worker !== undefined) {
      if (database.kind !== 'postgres')
        throw new UsageError(
          '--grant-api and --grant-worker need PostgreSQL (DATABASE_URL); the embedded database has no roles.',
        );
      await applyRoleGrants(database.db, roles);
      process.stdout.write(
        `Privileges granted: ${[roles.api === undefined ? undefined : `API role ${roles.api}`, roles.worker === undefined ? undefined : `worker role ${roles.worker}`].filter(Boolean).join(', ')}.\n`,
      );
    }
  } finally {
    await database.close();
  }
}

export async function seedCommand() {
  const config = loadConfig();
  const content = await loadRoadmapContent(config.roadmapContentDir);
  const catalog = await loadProblemCatalog(config.problemsContentDir);
  // Checked whole before the database is opened: a mistake in any file stops the seed with all of them.
  const quizzes = await loadQuizContent(config.quizzesContentDir, topicSlugsOf(content));
  const database = await openMigrationDatabaseFor(config);
  try {
    await database.migrate();
    const report = await seedRoadmap(database.db, content);
    process.stdout.write(
      `Roadmap seeded from ${config.roadmapContentDir}: ${report.created} created, ${report.updated} updated, ` +
        `${report.unchanged} unchanged, ${report.retired} retired.\n`,
    );
    const problems = await seedProblems(database.db, catalog);
    process.stdout.write(`${describeProblemSeed(config.problemsContentDir, problems)}\n`);
    const quizReport = await seedQuizzes(database.db, quizzes);
    process.stdout.write(`${describeQuizSeed(config.quizzesContentDir, quizReport)}\n`);
  } finally {
    await database.close();
  }
}

function checkRole(role: string): string {
  try {
    return checkRoleName(role);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
