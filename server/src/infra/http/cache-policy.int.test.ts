/**
 * Answers that depend on who asks are never stored by a browser or a shared cache; public documents
 * keep their revalidation policy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestAccount } from '../../test/accounts.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let learner: TestAccount;

beforeAll(async () => {
  t = await startTestApp();
  learner = await signUp(t.app);
});

afterAll(async () => {
  await t?.close();
});

describe('Cache-Control', () => {
  it('is no-store on private answers', async () => {
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: learner.headers,
      payload: { problem: 'rope-pairs', language: 'python', source: 'print(1)', mode: 'run' },
    });
    expect(submitted.statusCode).toBe(202);
    const urls = [
      '/api/v1/users/me',
      '/api/v1/me/progress/export',
      '/api/v1/roadmap',
      '/api/v1/roadmap/topics/py-syntax',
      '/api/v1/roadmap/topics/py-syntax/progress',
      '/api/v1/submissions',
      submitted.json().statusUrl,
      '/api/v1/problems/rope-pairs/submissions',
    ];
    for (const url of urls) {
      const response = await t.app.inject({ url, headers: learner.headers });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
    expect(submitted.headers['cache-control']).toBe('no-store');
  });

  it('is no-store on answers carrying tokens and on errors', async () => {
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signin',
      payload: { email: learner.email, password: learner.password },
    });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.headers['cache-control']).toBe('no-store');
    const token = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `grant_type=password&username=${encodeURIComponent(learner.email)}&password=${encodeURIComponent(learner.password)}`,
    });
    expect(token.statusCode).toBe(200);
    expect(token.headers['cache-control']).toBe('no-store');
    const refused = await t.app.inject({ url: '/api/v1/users/me' });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('keeps public documents revalidatable', async () => {
    for (const url of ['/api/v1/problems', '/api/v1/problems/rope-pairs']) {
      const response = await t.app.inject({ url, headers: learner.headers });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers.etag, url).toBeDefined();
    }
  });
});
