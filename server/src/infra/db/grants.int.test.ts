/**
 * Least privilege on the real PostgreSQL: an API instance and a judge worker each connect as a role
 * of their own, granted by `applyRoleGrants`. The whole pipeline works (sign up, submit, judge), and
 * what a role must not do fails with "permission denied": the worker reading password hashes or
 * deleting submissions, the API changing the schema.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type SQL, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { importProblemPackage } from '../../modules/problems/import.js';
import { databasePackageSource } from '../../modules/submissions/database-package-source.js';
import { signUp } from '../../test/accounts.js';
import { testBackend, testServices } from '../../test/backends.js';
import {
  conformancePackages,
  type PipelineTest,
  startPipelineTest,
  waitForVerdict,
} from '../../test/pipeline.js';
import { type DatabaseHandle, openDatabase } from './database.js';
import { applyRoleGrants } from './grants.js';

const suffix = randomUUID().replaceAll('-', '').slice(0, 10);
const apiRole = `wa_test_api_${suffix}`;
const workerRole = `wa_test_worker_${suffix}`;

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: testServices.adminDatabaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function as(role: string, url: string): string {
  const parsed = new URL(url);
  parsed.username = role;
  parsed.password = '';
  return parsed.toString();
}

/** The SQLSTATE a statement fails with (undefined when it succeeds). */
async function failureOf(database: DatabaseHandle, statement: SQL): Promise<string | undefined> {
  try {
    await database.db.execute(statement);
    return undefined;
  } catch (error) {
    return ((error as { cause?: { code?: string } }).cause ?? (error as { code?: string })).code;
  }
}

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.runIf(testBackend() === 'postgres')('database roles', () => {
  it('API and worker roles run the pipeline; forbidden statements fail', { timeout: 120_000 }, async () => {
    await admin(`CREATE ROLE ${apiRole} LOGIN`);
    await admin(`CREATE ROLE ${workerRole} LOGIN`);
    cleanups.push(async () => {
      await admin(`DROP ROLE IF EXISTS ${apiRole}`);
      await admin(`DROP ROLE IF EXISTS ${workerRole}`);
    });

    let databaseUrl = '';
    const t: PipelineTest = await startPipelineTest({
      problems: [],
      pipeline: { worker: undefined },
      reachDatabaseThrough: (url) => {
        databaseUrl = url;
        return as(apiRole, url);
      },
    });
    // Runs before the roles are dropped: the database (and every grant in it) goes first.
    cleanups.push(() => t.close());

    // As the owner (here the test's superuser), as `winterarc migrate --grant-…` does.
    const owner = await openDatabase({ kind: 'postgres', url: databaseUrl, maxConnections: 1 });
    cleanups.push(() => owner.close());
    await applyRoleGrants(owner.db, { api: apiRole, worker: workerRole });
    await importProblemPackage(owner.db, path.join(conformancePackages, 'sum-stdio'));

    const worker = await openDatabase({
      kind: 'postgres',
      url: as(workerRole, databaseUrl),
      maxConnections: 2,
    });
    cleanups.push(() => worker.close());
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'winterarc-judge-cache-'));
    await import('node:fs/promises').then((fs) => fs.chmod(cacheDir, 0o755));
    await t.startWorker({
      db: worker.db,
      worker: { judge: t.judge, packages: databasePackageSource(worker.db, cacheDir), concurrency: 1 },
    });

    const learner = await signUp(t.app);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: learner.headers,
      payload: {
        problem: 'sum-stdio',
        language: 'python',
        source: 'a, b = map(int, input().split())\nprint(a + b)\n',
      },
    });
    expect(response.statusCode).toBe(202);
    expect((await waitForVerdict(t, response.json().id, learner.headers, 60_000)).verdict).toBe('AC');

    const denied = '42501';
    expect(await failureOf(worker, sql`select password_hash from users`)).toBe(denied);
    expect(await failureOf(worker, sql`select token_hash from refresh_tokens`)).toBe(denied);
    expect(await failureOf(worker, sql`delete from submissions`)).toBe(denied);
    expect(await failureOf(worker, sql`insert into outbox_events (topic, payload) values ('x', '{}')`)).toBe(
      denied,
    );
    expect(await failureOf(worker, sql`select count(*) from submissions`)).toBeUndefined();

    const api = await openDatabase({ kind: 'postgres', url: as(apiRole, databaseUrl), maxConnections: 1 });
    cleanups.push(() => api.close());
    expect(await failureOf(api, sql`create table intruder (id int)`)).toBe(denied);
    expect(await failureOf(api, sql`drop table users`)).toBe(denied);
    expect(await failureOf(api, sql`alter table submissions add column x int`)).toBe(denied);
    expect(await failureOf(api, sql`select count(*) from users`)).toBeUndefined();
  });
});
