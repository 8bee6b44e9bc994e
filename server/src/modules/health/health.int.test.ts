import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestQueue } from '../../test/queues.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('health', () => {
  it('reports live and ready with every dependency checked', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({
      status: 'ready',
      checks: [
        { name: 'database', ok: true },
        { name: 'cache', ok: true },
        { name: 'live-events', ok: true },
        { name: 'judge-queue', ok: true },
      ],
    });
  });

  it('stays ready but says "degraded", and what, when the judge queue is unreachable', async () => {
    const queue = openTestQueue();
    const down = await startTestApp(
      {},
      {
        queue: {
          ...queue,
          ping: async () => {
            throw new Error('not connected to RabbitMQ');
          },
        },
      },
    );
    try {
      const response = await down.app.inject({ url: '/readyz' });
      expect(response.statusCode).toBe(200);
      expect(response.json().status).toBe('degraded');
      expect(response.json().checks).toContainEqual({
        name: 'judge-queue',
        ok: false,
        error: 'not connected to RabbitMQ',
      });
    } finally {
      await down.close();
    }
  });

  it('echoes a safe X-Request-Id and replaces an unsafe one', async () => {
    const kept = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'trace-123' } });
    expect(kept.headers['x-request-id']).toBe('trace-123');
    const replaced = await t.app.inject({
      url: '/healthz',
      headers: { 'x-request-id': 'bad id\nwith newline' },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI 3.1 document with every route and the OAuth2 password flow', async () => {
    const document = (await t.app.inject({ url: '/openapi.json' })).json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.components.securitySchemes.oauth2.flows.password.tokenUrl).toBe('/api/v1/auth/token');
    for (const route of [
      '/api/v1/auth/signup',
      '/api/v1/roadmap',
      '/api/v1/roadmap/topics/{slug}/progress',
      '/api/v1/users',
    ]) {
      expect(Object.keys(document.paths)).toContain(route);
    }
    expect((await t.app.inject({ url: '/docs/' })).statusCode).toBe(200);
  });

  it('reports unready with the reason when the database is gone', async () => {
    const broken = await startTestApp();
    await broken.database.close();
    const response = await broken.app.inject({ url: '/readyz' });
    expect(response.statusCode).toBe(503);
    expect(response.json().checks[0]).toMatchObject({
      name: 'database',
      ok: false,
      error: expect.any(String),
    });
    await broken.app.close();
    await broken.counters.close();
  });
});
