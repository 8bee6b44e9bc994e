/**
 * Fair judging (decision 0070): learners take turns, runs on the samples go first, one learner has at
 * most JUDGE_MAX_IN_FLIGHT_PER_USER submissions being judged, queues are capped per learner and per
 * address, and a queued submission knows its place in line. The judge is driven by the test
 * (test/gated-judge.ts): it shows which submission each worker took, in order, and holds work in
 * flight until released — no sandbox and no sleeps.
 */
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { submissions } from '../../infra/db/schema.js';
import { signUp, type TestAccount } from '../../test/accounts.js';
import { createGatedJudge, type GatedJudge } from '../../test/gated-judge.js';
import {
  conformancePackages,
  type PipelineTest,
  startPipelineTest,
  waitForVerdict,
} from '../../test/pipeline.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { importProblemPackage } from '../problems/import.js';
import { listDeadLetters, requeueDeadLetters } from './dead-letters.js';
import { userChannel } from './events.js';
import { createFairQueue } from './fair-queue.js';

let t: PipelineTest | undefined;
let plain: TestApp | undefined;
let judge: GatedJudge;
afterEach(async () => {
  judge?.releaseAll();
  await t?.close();
  await plain?.close();
  t = undefined;
  plain = undefined;
});

async function start(options: { concurrency?: number; maxInFlight?: number; env?: Record<string, string> }) {
  judge = createGatedJudge();
  t = await startPipelineTest({
    judge,
    problems: ['two-sum-function'],
    ...(options.env === undefined ? {} : { env: options.env }),
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    pipeline: { maxInFlightPerUser: options.maxInFlight ?? 2 },
  });
  return t;
}

/** A submission whose source names it, so the gated judge can tell which one a worker took. */
function send(
  test: PipelineTest,
  account: TestAccount,
  name: string,
  mode: 'run' | 'submit' = 'submit',
  idempotencyKey?: string,
) {
  return test.app.inject({
    method: 'POST',
    url: '/api/v1/submissions',
    headers: {
      ...account.headers,
      ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }),
    },
    payload: { problem: 'two-sum-function', language: 'python', mode, source: sourceOf(name) },
  });
}

const sourceOf = (name: string) => `# ${name}\ndef two_sum(nums, target):\n    return [0, 1]\n`;

async function submitted(
  test: PipelineTest,
  account: TestAccount,
  name: string,
  mode: 'run' | 'submit' = 'submit',
) {
  const response = await send(test, account, name, mode);
  expect(response.statusCode, response.body).toBe(202);
  return response.json().id as string;
}

async function placeOf(test: PipelineTest, account: TestAccount, id: string) {
  const response = await test.app.inject({
    method: 'GET',
    url: `/api/v1/submissions/${id}`,
    headers: account.headers,
  });
  return response.json().queuePosition as number | null;
}

async function until(predicate: () => boolean | Promise<boolean>, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the judge line', () => {
  it('takes learners in turns, runs on the samples first, and tells each queued submission its place', async () => {
    const test = await start({ concurrency: 1, maxInFlight: 1 });
    const [flooder, patient, newcomer] = [
      await signUp(test.app),
      await signUp(test.app),
      await signUp(test.app),
    ];
    const a1 = await submitted(test, flooder, 'A1');
    await judge.begins(sourceOf('A1'));
    const flood = [
      await submitted(test, flooder, 'A2'),
      await submitted(test, flooder, 'A3'),
      await submitted(test, flooder, 'A4'),
    ];

    const heard: Array<Record<string, unknown>> = [];
    await test.pubsub.subscribe(userChannel(patient.id), (event) =>
      heard.push(event as Record<string, unknown>),
    );
    const b1 = await submitted(test, patient, 'B1');
    const c1 = await submitted(test, newcomer, 'C1', 'run');

    // The newcomer's run first, then the learner with nothing judged, then the flooder's, in order.
    expect(await placeOf(test, newcomer, c1)).toBe(1);
    expect(await placeOf(test, patient, b1)).toBe(2);
    expect(await Promise.all(flood.map((id) => placeOf(test, flooder, id)))).toEqual([3, 4, 5]);
    expect(await placeOf(test, flooder, a1)).toBeNull(); // being judged: no place in line

    // The same places arrive live, as they change.
    await test.pipeline.positionsSettled();
    await until(() => heard.some((e) => e.id === b1 && e.stage === 'queued' && e.position === 2));
    const places = heard.filter((e) => e.stage === 'queued').map((e) => e.position);
    expect(places.at(-1)).toBe(2);

    for (const name of ['A1', 'C1', 'B1', 'A2', 'A3']) (await judge.begins(sourceOf(name))).release();
    (await judge.begins(sourceOf('A4'))).release();
    expect(judge.begun).toEqual(['A1', 'C1', 'B1', 'A2', 'A3', 'A4'].map(sourceOf));
    expect((await judge.begins(sourceOf('C1'))).samplesOnly).toBe(true);
    for (const [account, id] of [
      [newcomer, c1],
      [patient, b1],
      [flooder, flood[2]!],
    ] as const)
      expect((await waitForVerdict(test, id, account.headers)).verdict).toBe('AC');
  });

  it('judges at most JUDGE_MAX_IN_FLIGHT_PER_USER of one learner at once, and gives the free judge to another learner', async () => {
    const test = await start({ concurrency: 2, maxInFlight: 1 });
    const [flooder, other] = [await signUp(test.app), await signUp(test.app)];
    const ids = [
      await submitted(test, flooder, 'A1'),
      await submitted(test, flooder, 'A2'),
      await submitted(test, flooder, 'A3'),
    ];
    const a1 = await judge.begins(sourceOf('A1'));
    // The second judge holds its turn: everything queued is the flooder's, who has one in flight.
    const b1 = await submitted(test, other, 'B1');
    const b1Run = await judge.begins(sourceOf('B1'));
    expect(judge.running.map((run) => run.source).sort()).toEqual([sourceOf('A1'), sourceOf('B1')].sort());
    const flooderRows = await test.database.db
      .select({ status: submissions.status })
      .from(submissions)
      .where(eq(submissions.userId, flooder.id));
    expect(flooderRows.map((row) => row.status).sort()).toEqual(['judging', 'queued', 'queued']);

    a1.release();
    (await judge.begins(sourceOf('A2'))).release();
    b1Run.release();
    (await judge.begins(sourceOf('A3'))).release();
    for (const id of ids) expect((await waitForVerdict(test, id, flooder.headers)).verdict).toBe('AC');
    expect((await waitForVerdict(test, b1, other.headers)).verdict).toBe('AC');
    expect(new Set(judge.begun).size).toBe(4); // each judged once
  });
});

describe('queue caps', () => {
  it('refuse a learner, then an address, over its cap with a 429 naming the cap, and accept again after a verdict', async () => {
    const test = await start({ env: { JUDGE_MAX_QUEUED_PER_USER: '2', JUDGE_MAX_QUEUED_PER_ADDRESS: '3' } });
    const [first, second, third] = [await signUp(test.app), await signUp(test.app), await signUp(test.app)];
    const a1 = await submitted(test, first, 'A1');
    const a2 = await send(test, first, 'A2', 'submit', 'first-try-of-a2');
    expect(a2.statusCode).toBe(202);

    const overUser = await send(test, first, 'A3');
    expect(overUser.statusCode).toBe(429);
    expect(overUser.headers['content-type']).toContain('application/problem+json');
    expect(overUser.headers['retry-after']).toBe('10');
    expect(overUser.json()).toMatchObject({ cap: 'queued-per-user', limit: 2, retryAfterSeconds: 10 });
    expect(overUser.json().detail).toMatch(/2 submissions waiting or being judged.*Wait for a verdict/);

    await submitted(test, second, 'B1'); // the address's third
    const overAddress = await send(test, third, 'C1');
    expect(overAddress.statusCode).toBe(429);
    expect(overAddress.json()).toMatchObject({ cap: 'queued-per-address', limit: 3 });
    expect(overAddress.json().detail).toContain('network address');

    // A retried POST (same Idempotency-Key) is no new submission: it gets the first one back, not a 429.
    const retried = await send(test, first, 'A2', 'submit', 'first-try-of-a2');
    expect(retried.statusCode).toBe(202);
    expect(retried.json().id).toBe(a2.json().id);

    (await judge.begins(sourceOf('A1'))).release();
    expect((await waitForVerdict(test, a1, first.headers)).verdict).toBe('AC');
    await submitted(test, first, 'A3');
    judge.releaseAll();
  });
});

describe('a parked job', () => {
  it('leads the operator to the submission it held up, not the one it was published for', async () => {
    // No pipeline: the test plays the worker, so it decides which job takes which submission.
    plain = await startTestApp();
    await importProblemPackage(plain.database.db, path.join(conformancePackages, 'two-sum-function'));
    const learner = await signUp(plain.app);
    const post = async (name: string) => {
      const response = await plain!.app.inject({
        method: 'POST',
        url: '/api/v1/submissions',
        headers: learner.headers,
        payload: { problem: 'two-sum-function', language: 'python', source: sourceOf(name) },
      });
      return response.json().id as string;
    };
    const [first, second] = [await post('S1'), await post('S2')];

    // The job published for the second takes the head of the line: the first.
    const taken = await createFairQueue(plain.database.db, { maxInFlight: 2 }).claim(second);
    expect(taken.submission?.id).toBe(first);

    // Its worker keeps dying: the job is parked.
    await plain.queue.publish({ submissionId: second });
    const parking = await plain.queue.consume(
      async () => ({ settle: 'dead-letter', reason: 'delivery limit' }),
      {
        prefetch: 1,
      },
    );
    await until(async () => (await plain!.queue.depth()).deadLetters === 1);
    await parking.stop();

    const [letter] = await listDeadLetters(plain.database.db, plain.queue, 10);
    expect(letter).toMatchObject({ job: { submissionId: first }, status: 'judging', attempts: 1 });
    expect(await requeueDeadLetters(plain.database.db, plain.queue, 10)).toBe(1);
    const [row] = await plain.database.db.select().from(submissions).where(eq(submissions.id, first));
    expect(row).toMatchObject({ status: 'judging', delayedAt: null });
  });
});
