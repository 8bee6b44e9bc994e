/**
 * Builds one migrated and seeded database (roadmap, starter problems and quizzes) per test run, which each test file then copies: a PGlite
 * data-directory dump, or a PostgreSQL template database. Copying is ~0.5 s (PGlite) or ~0.1 s
 * (PostgreSQL), where migrating and seeding from scratch would cost several seconds per file.
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../infra/db/database.js';
import { repoPaths } from '../infra/paths.js';
import { loadProblemCatalog, seedProblems } from '../modules/problems/seed-problems.js';
import { loadQuizContent, topicSlugsOf } from '../modules/quizzes/content.js';
import { seedQuizzes } from '../modules/quizzes/seed.js';
import { loadRoadmapContent } from '../modules/roadmap/content.js';
import { seedRoadmap } from '../modules/roadmap/seed.js';
import { databaseUrlFor, testBackend, testServices } from './backends.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: path of the template dump. PostgreSQL: name of the template database. */
    databaseTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const content = await loadRoadmapContent(repoPaths.roadmapContent);
  const catalog = await loadProblemCatalog(repoPaths.problemsContent);
  const quizzes = await loadQuizContent(repoPaths.quizzesContent, topicSlugsOf(content));

  if (testBackend(project.name) === 'pglite') {
    const database = await openDatabase({ kind: 'pglite' });
    await database.migrate();
    await seedRoadmap(database.db, content);
    await seedProblems(database.db, catalog);
    await seedQuizzes(database.db, quizzes);
    const dump = path.join(tmpdir(), `winterarc-template-${randomUUID()}.tar`);
    await writeFile(dump, Buffer.from(await (await database.dumpDataDir!()).arrayBuffer()));
    await database.close();
    project.provide('databaseTemplate', dump);
    return;
  }

  const template = `wa_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: testServices.adminDatabaseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const database = await openDatabase({
    kind: 'postgres',
    url: databaseUrlFor(testServices.adminDatabaseUrl, template),
    maxConnections: 2,
  });
  await database.migrate();
  await seedRoadmap(database.db, content);
  await seedProblems(database.db, catalog);
  await seedQuizzes(database.db, quizzes);
  await database.close();
  project.provide('databaseTemplate', template);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  };
}
