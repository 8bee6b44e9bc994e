import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Judge } from '@winterarc/judge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestAccount } from '../../test/accounts.js';
import {
  conformancePackages,
  type PipelineTest,
  startPipelineTest,
  waitForVerdict,
} from '../../test/pipeline.js';
import { parseExposition, type Sample, samplesOf, sampleValue } from '../../test/prometheus-text.js';
import { startTestApp } from '../../test/test-app.js';
import type { JobQueue } from '../queue/job-queue.js';
import { createRabbitJobQueue } from '../queue/rabbit-job-queue.js';
import { createMetrics } from './metrics.js';
import { observeQueue } from './scrape-gauges.js';
import { startWorkerMetricsServer } from './worker-metrics-server.js';

const twoSum = path.join(conformancePackages, 'two-sum-function');
const metricsToken = 'scrape-token-0123456789abcdef';

async function scrape(
  t: { app: PipelineTest['app'] },
  headers: Record<string, string> = {},
): Promise<Sample[]> {
  const response = await t.app.inject({ method: 'GET', url: '/metrics', headers });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseExposition(response.body);
}

async function submitTwoSum(t: PipelineTest, learner: TestAccount): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/submissions',
    headers: learner.headers,
    payload: {
      problem: 'two-sum-function',
      language: 'python',
      source: await readFile(path.join(twoSum, 'submissions', 'accepted', 'hash_map.py'), 'utf8'),
    },
  });
  expect(response.statusCode).toBe(202);
  return response.json().id;
}

describe('the API process at /metrics', () => {
  let t: PipelineTest;
  let learner: TestAccount;
  beforeAll(async () => {
    t = await startPipelineTest({ problems: ['two-sum-function'] });
    learner = await signUp(t.app);
  });
  afterAll(() => t?.close());

  it('counts and times requests by route pattern, never by raw URL, and not its own scrapes', async () => {
    const ids = [randomUUID(), randomUUID()];
    for (const id of ids) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1/submissions/${id}`,
        headers: learner.headers,
      });
      expect(response.statusCode).toBe(404);
    }
    await t.app.inject({ method: 'GET', url: `/no/such/page/${randomUUID()}` });
    await scrape(t);
    const samples = await scrape(t);

    const route = '/api/v1/submissions/:id';
    expect(sampleValue(samples, 'http_requests_total', { method: 'GET', route, status: '404' })).toBe(2);
    expect(sampleValue(samples, 'http_request_duration_seconds_count', { method: 'GET', route })).toBe(2);
    expect(
      sampleValue(samples, 'http_requests_total', { method: 'GET', route: 'unmatched', status: '404' }),
    ).toBe(1);
    expect(
      sampleValue(samples, 'http_requests_total', {
        method: 'POST',
        route: '/api/v1/auth/signup',
        status: '201',
      }),
    ).toBe(1);
    const routes = new Set(samplesOf(samples, 'http_requests_total').map((s) => s.labels.route));
    expect(routes.has('/metrics')).toBe(false);
    for (const r of routes) expect(r).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
  });

  it('reports the process, the queue and the outbox, and each judged submission', async () => {
    const id = await submitTwoSum(t, learner);
    expect((await waitForVerdict(t, id, learner.headers)).verdict).toBe('AC');
    const samples = await scrape(t);

    // Present (the scrape completed with the default metrics); its value counts CPU since the registry began, which may round to 0.
    expect(sampleValue(samples, 'process_cpu_user_seconds_total')).toBeGreaterThanOrEqual(0);
    expect(sampleValue(samples, 'judged_submissions_total', { language: 'python', verdict: 'AC' })).toBe(1);
    const judged = { language: 'python', verdict: 'AC' };
    expect(sampleValue(samples, 'judge_duration_seconds_count', judged)).toBe(1);
    expect(sampleValue(samples, 'judge_duration_seconds_sum', judged)).toBeGreaterThan(0);
    expect(sampleValue(samples, 'outbox_published_total')).toBe(1);
    expect(sampleValue(samples, 'outbox_pending_events')).toBe(0);
    expect(sampleValue(samples, 'outbox_lag_seconds')).toBe(0);
    expect(sampleValue(samples, 'judge_queue_ready')).toBe(0);
    expect(sampleValue(samples, 'judge_queue_dead_letters')).toBe(0);
    expect(samplesOf(samples, 'judge_internal_errors_total')).toEqual([]);
  });
});

describe('a sandbox that fails', () => {
  let t: PipelineTest;
  afterAll(() => t?.close());

  it('is counted as an internal error with a coarse reason', async () => {
    const brokenSandbox: Judge = {
      sandbox: undefined as never,
      judge: async () => ({
        verdict: 'IE',
        message: 'sandbox runner failed: spawn /usr/lib/winterarc/run EACCES',
        tests: [],
        compileMs: 0,
        testsRun: 0,
        testsTotal: 3,
      }),
      runCustom: async () => {
        throw new Error('not used by this test');
      },
      close: async () => {},
    };
    t = await startPipelineTest({
      problems: ['two-sum-function'],
      pipeline: {
        worker: { judge: brokenSandbox, packages: { directoryFor: async () => twoSum }, concurrency: 1 },
      },
    });
    const learner = await signUp(t.app);
    const id = await submitTwoSum(t, learner);
    expect((await waitForVerdict(t, id, learner.headers)).verdict).toBe('IE');

    const samples = await scrape(t);
    expect(sampleValue(samples, 'judge_internal_errors_total', { reason: 'sandbox' })).toBe(1);
    expect(sampleValue(samples, 'judged_submissions_total', { language: 'python', verdict: 'IE' })).toBe(1);
  });
});

describe('a metrics token', () => {
  it('is required from the scraper of the API when METRICS_TOKEN is set', async () => {
    const t = await startTestApp({ METRICS_TOKEN: metricsToken });
    try {
      const anonymous = await t.app.inject({ method: 'GET', url: '/metrics' });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json().type).toBe('urn:winterarc:problem:unauthenticated');
      const wrong = await t.app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: `Bearer ${metricsToken}x` },
      });
      expect(wrong.statusCode).toBe(401);
      const samples = await scrape(t, { authorization: `Bearer ${metricsToken}` });
      // Present (the scrape completed with the default metrics); its value counts CPU since the registry began, which may round to 0.
      expect(sampleValue(samples, 'process_cpu_user_seconds_total')).toBeGreaterThanOrEqual(0);
    } finally {
      await t.close();
    }
  });
});

describe('the worker metrics server', () => {
  const downQueue: Pick<JobQueue, 'depth'> = {
    depth: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5672')),
  };

  it('serves /metrics and /healthz, and a scrape succeeds while the broker is down', async () => {
    const metrics = createMetrics();
    observeQueue(metrics, downQueue);
    metrics.recordJudged({ language: 'cpp', verdict: 'WA', seconds: 0.4 });
    const server = await startWorkerMetricsServer({ metrics, host: '127.0.0.1', port: 0, token: undefined });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });

      const response = await fetch(`${base}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const samples = parseExposition(await response.text());
      expect(sampleValue(samples, 'judged_submissions_total', { language: 'cpp', verdict: 'WA' })).toBe(1);
      expect(sampleValue(samples, 'judge_queue_ready')).toBeNaN();
      expect(sampleValue(samples, 'judge_queue_dead_letters')).toBeNaN();
      expect(sampleValue(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
      // A worker runs no outbox relay, so it shows no outbox series (a constant 0 would mislead).
      expect(samples.filter((s) => s.name.startsWith('outbox_'))).toEqual([]);

      expect((await fetch(`${base}/other`)).status).toBe(404);
      expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });

  it('answers a scrape with NaN queue gauges when RabbitMQ cannot be reached at all', async () => {
    // Nothing listens on port 1: the real adapter keeps reconnecting and its calls wait.
    const queue = createRabbitJobQueue({
      url: 'amqp://guest:guest@127.0.0.1:1',
      prefix: `wa-test-${randomUUID()}`,
    });
    const metrics = createMetrics();
    observeQueue(metrics, queue);
    const server = await startWorkerMetricsServer({ metrics, host: '127.0.0.1', port: 0, token: undefined });
    try {
      const response = await fetch(`http://127.0.0.1:${server.port}/metrics`);
      expect(response.status).toBe(200);
      const samples = parseExposition(await response.text());
      expect(sampleValue(samples, 'judge_queue_ready')).toBeNaN();
      expect(sampleValue(samples, 'judge_queue_dead_letters')).toBeNaN();
    } finally {
      await server.close();
      await queue.close();
    }
  });

  it('does not let a queue that never answers hold the scrape past its timeout', async () => {
    const metrics = createMetrics();
    observeQueue(metrics, { depth: () => new Promise(() => {}) });
    const samples = parseExposition(await metrics.registry.metrics());
    expect(sampleValue(samples, 'judge_queue_ready')).toBeNaN();
    // Present (the scrape completed with the default metrics); its value counts CPU since the registry began, which may round to 0.
    expect(sampleValue(samples, 'process_cpu_user_seconds_total')).toBeGreaterThanOrEqual(0);
  });

  it('refuses to start on a port already taken, naming the variables to change', async () => {
    const first = await startWorkerMetricsServer({
      metrics: createMetrics(),
      host: '127.0.0.1',
      port: 0,
      token: undefined,
    });
    try {
      await expect(
        startWorkerMetricsServer({
          metrics: createMetrics(),
          host: '127.0.0.1',
          port: first.port,
          token: undefined,
        }),
      ).rejects.toThrow(/EADDRINUSE.*WORKER_METRICS_PORT/);
    } finally {
      await first.close();
    }
  });

  it('asks for the token when METRICS_TOKEN is set', async () => {
    const server = await startWorkerMetricsServer({
      metrics: createMetrics(),
      host: '127.0.0.1',
      port: 0,
      token: metricsToken,
    });
    try {
      const url = `http://127.0.0.1:${server.port}/metrics`;
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: { authorization: 'Bearer nope-nope-nope-nope' } })).status).toBe(
        401,
      );
      const ok = await fetch(url, { headers: { authorization: `Bearer ${metricsToken}` } });
      expect(ok.status).toBe(200);
      expect(parseExposition(await ok.text()).length).toBeGreaterThan(0);
      // Liveness stays open: an orchestrator's probe carries no token.
      expect((await fetch(`http://127.0.0.1:${server.port}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
