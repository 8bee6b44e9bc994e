/**
 * `winterarc dead-letters list|requeue` as an operator runs it: a fresh process against the real
 * RabbitMQ and PostgreSQL, which must connect before it looks (it used to fail every time with "not
 * connected to RabbitMQ", asking a broker it had not reached yet).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createRabbitJobQueue } from '../infra/queue/rabbit-job-queue.js';
import { databaseUrlFor, testBackend, testRabbitUrl, testServices } from '../test/backends.js';
import { winterarc } from '../test/run-cli.js';
import { startTestApp, type TestApp } from '../test/test-app.js';

let t: TestApp | undefined;
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  await t?.close();
  t = undefined;
});

describe.runIf(testBackend() === 'postgres')('winterarc dead-letters', () => {
  it('lists the parked jobs with their reason, then requeues them', { timeout: 90_000 }, async () => {
    t = await startTestApp();
    const result = (await t.database.db.execute(sql`select current_database() as name`)) as unknown as {
      rows: Array<{ name: string }>;
    };
    const prefix = `wa-test-${randomUUID()}`;
    const queue = createRabbitJobQueue({ url: testRabbitUrl, prefix });
    closers.push(() => queue.close());
    const parked = { submissionId: randomUUID() };
    const parking = await queue.consume(
      async () => ({ settle: 'dead-letter', reason: 'kept stopping its worker' }),
      {
        prefetch: 1,
      },
    );
    await queue.publish(parked);
    for (let i = 0; (await queue.depth()).deadLetters === 0; i += 1) {
      if (i > 500) throw new Error('the job was never parked');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await parking.stop();

    const env = {
      DATABASE_URL: databaseUrlFor(testServices.adminDatabaseUrl, result.rows[0]!.name),
      RABBITMQ_URL: testRabbitUrl,
      RABBITMQ_QUEUE_PREFIX: prefix,
      WINTERARC_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'winterarc-cli-')),
    };
    const list = await winterarc(['dead-letters', 'list'], env);
    expect(list.stderr).toBe('');
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(parked.submissionId);
    expect(list.stdout).toContain('kept stopping its worker');
    expect(list.stdout).toContain('1 dead letter(s).');

    const requeue = await winterarc(['dead-letters', 'requeue'], env);
    expect(requeue).toMatchObject({ code: 0, stdout: 'Requeued 1 submission(s).\n' });
    expect(await queue.depth()).toMatchObject({ ready: 1, deadLetters: 0 });
  });
});
