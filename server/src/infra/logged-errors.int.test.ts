/**
 * A request that fails in the database is logged (so the bug can be found) without the data it
 * carried: the e-mail, the password hash, a note, source code. The failures are real: a CHECK
 * constraint added for the test refuses rows holding a marker, as a constraint violated by a bug would.
 */
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, uniqueEmail } from '../test/accounts.js';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { createLogger } from './logging.js';

let t: TestApp;
const logLines: string[] = [];
const marker = `marker-${randomUUID()}`;

beforeAll(async () => {
  const capture = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString('utf8'));
      done();
    },
  });
  t = await startTestApp({}, { logger: createLogger('info', capture) });
  const refuseMarker = (table: string, column: string) =>
    t.database.db.execute(
      sql.raw(
        `alter table ${table} add constraint test_refuses_marker check (position('${marker}' in ${column}) = 0)`,
      ),
    );
  await refuseMarker('users', 'display_name');
  await refuseMarker('topic_progress', 'note');
  await refuseMarker('submissions', 'source');
});

afterAll(async () => {
  await t?.close();
});

describe('a request that fails in the database', () => {
  it('is logged with the SQL and the SQLSTATE, never the values it carried', async () => {
    const email = uniqueEmail('secret');
    const password = `pw-${randomUUID()}`;
    const signUpResponse = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email, password, displayName: `Ada ${marker}` },
    });
    expect(signUpResponse.statusCode).toBe(500);

    const learner = await signUp(t.app);
    const note = `my private note ${marker}`;
    const noteResponse = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/roadmap/topics/py-syntax/progress',
      headers: learner.headers,
      payload: { note },
    });
    expect(noteResponse.statusCode).toBe(500);

    const source = `print("my solution ${marker}")`;
    const submitResponse = await t.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: learner.headers,
      payload: { problem: 'rope-pairs', language: 'python', source },
    });
    expect(submitResponse.statusCode).toBe(500);

    const log = logLines.join('');
    const failures = logLines.map((line) => JSON.parse(line)).filter((line) => line.msg === 'request failed');
    expect(failures).toHaveLength(3);
    // What is needed to find the bug is there: the statement and the constraint it broke.
    for (const failure of failures) {
      expect(failure.err.message).toMatch(/^Failed query: (insert|update)/);
      // The database's error is a cause (PGlite's driver wraps the query error once more).
      let cause = failure.err.cause;
      while (cause?.code === undefined && cause?.cause !== undefined) cause = cause.cause;
      expect(cause).toMatchObject({ code: '23514', constraint: 'test_refuses_marker' });
    }
    // The data is not.
    for (const secret of [marker, email, password, '$argon2', 'my private note', 'my solution']) {
      expect(log).not.toContain(secret);
    }
  });
});
