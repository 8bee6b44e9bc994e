import { loadConfig } from '../infra/config/config.js';
import { openMigrationDatabaseFor } from '../infra/runtime.js';
import { describeProblemSeed, loadProblemCatalog, seedProblems } from '../modules/problems/seed-problems.js';
import { loadRoadmapContent } from '../modules/roadmap/content.js';
import { seedRoadmap } from '../modules/roadmap/seed.js';

export async function migrateCommand() {
  const database = await openMigrationDatabaseFor(loadConfig());
  try {
    await database.migrate();
    process.stdout.write(`Migrations applied (${database.kind}).\n`);
  } finally {
    await database.close();
  }
}

export async function seedCommand() {
  const config = loadConfig();
  const content = await loadRoadmapContent(config.roadmapContentDir);
  const catalog = await loadProblemCatalog(config.problemsContentDir);
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
  } finally {
    await database.close();
  }
}
