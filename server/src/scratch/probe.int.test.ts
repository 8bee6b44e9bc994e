import { afterAll, beforeAll, it } from 'vitest';
import { signUp, signUpAdmin } from '../test/accounts.js';
import { startTestApp, type TestApp } from '../test/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => t?.close());
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

it('probe', async () => {
  const a = await signUp(t.app);
  const admin = await signUpAdmin(t.app, t.database);
  const h = a.headers;
  const cases: [string, Parameters<typeof t.app.inject>[0]][] = [
    ['signup nul name', { method: 'POST', url: '/api/v1/auth/signup', payload: { email: 'x@example.test', password: 'correct horse battery', displayName: 'a\u0000b' } }],
    ['signup nul email', { method: 'POST', url: '/api/v1/auth/signup', payload: { email: 'x\u0000@example.test', password: 'correct horse battery', displayName: 'ab' } }],
    ['signin nul email', { method: 'POST', url: '/api/v1/auth/signin', payload: { email: 'x\u0000@example.test', password: 'correct horse battery' } }],
    ['token form nul', { method: 'POST', url: '/api/v1/auth/token', headers: {'content-type': 'application/x-www-form-urlencoded'}, payload: 'grant_type=password&username=a%00b&password=xxxxxxxxxxxx' }],
    ['note nul', { method: 'PATCH', url: '/api/v1/roadmap/topics/py-syntax/progress', headers: h, payload: { note: 'a\u0000' } }],
    ['source nul', { method: 'POST', url: '/api/v1/submissions', headers: h, payload: { problem: 'rope-pairs', language: 'python', source: 'a\u0000' } }],
    ['q nul', { url: '/api/v1/problems?q=a%00', headers: h }],
    ['email filter nul', { url: '/api/v1/users?email=a%00', headers: admin.headers }],
    ['problem nul', { url: '/api/v1/submissions?problem=a%00', headers: h }],
    ['slug nul', { url: '/api/v1/problems/a%00b/submissions', headers: h }],
    ['non-uuid id', { url: '/api/v1/submissions/abc', headers: h }],
    ['from 0000', { url: '/api/v1/submissions?from=0000-01-01T00:00:00Z', headers: h }],
    ['from huge', { url: '/api/v1/submissions?from=9999-12-31T23:59:60Z', headers: h }],
    ['cursor big int', { url: `/api/v1/problems?sort=difficulty&cursor=${b64(['difficulty', 2 ** 40, 'x'])}` }],
    ['cursor time', { url: `/api/v1/submissions?cursor=${b64(['createdAt', '+275760-09-13T00:00:00.000Z', 'x'])}`, headers: h }],
    ['cursor time2', { url: `/api/v1/submissions?cursor=${b64(['createdAt', '2020-01-01T00:00:00.000Z', 'x'])}`, headers: h }],
    ['cursor surrogate', { url: `/api/v1/problems?sort=slug&cursor=${Buffer.from('["slug","\\ud800"]').toString('base64url')}` }],
    ['q surrogate', { url: '/api/v1/problems?q=%ED%A0%80' }],
    ['q bad pct', { url: '/api/v1/problems?q=%E0%A4%A' }],
    ['import format', { method: 'POST', url: '/api/v1/me/progress/import', headers: h, payload: { format: 'nope', items: [] } }],
  ];
  for (const [name, req] of cases) {
    const r = await t.app.inject(req);
    console.log(name, r.statusCode, r.headers['content-type'], r.body.slice(0, 300));
  }
  const sub = await t.app.inject({ url: '/api/v1/submissions', headers: h });
  console.log(sub.body.slice(0,200));
});
