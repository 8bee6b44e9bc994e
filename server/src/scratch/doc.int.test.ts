import { it } from 'vitest';
import { startTestApp } from '../test/test-app.js';
it('doc', async () => {
  const t = await startTestApp();
  const doc = t.app.swagger() as any;
  for (const [p, ops] of Object.entries(doc.paths)) for (const [m, op] of Object.entries(ops as any)) console.log(m, p, JSON.stringify((op as any).parameters?.map((x: any) => [x.in, x.name, x.schema])), JSON.stringify((op as any).requestBody?.content && Object.keys((op as any).requestBody.content)), JSON.stringify((op as any).security));
  console.log(JSON.stringify(doc.paths['/api/v1/auth/token'].post.requestBody).slice(0, 500));
  await t.close();
});
