import { it } from 'vitest';
import { signUp } from '../test/accounts.js';
import { startTestApp } from '../test/test-app.js';
it('p', async () => {
  const t = await startTestApp();
  const a = await signUp(t.app);
  for (const url of ['/api/v1/roadmap/topics/py-syntax/progress', '/api/v1/roadmap/topics/WyJjcmVhdGVkQXQiLCIrMjc1NzYwLTA5LTEzVDAwOjAwOjAwLjAwMFoiLCIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAiXQ/progress']) {
    const r = await t.app.inject({ method: 'PATCH', url, headers: { ...a.headers, 'content-type': 'application/json' }, payload: '{"unterminated": ' });
    console.log(r.statusCode, r.headers['content-type'], r.body);
  }
  await t.close();
});
