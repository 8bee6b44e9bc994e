/**
 * Serves the built React app at `/`. Unknown paths outside the API fall back to index.html so the
 * app's own router handles deep links; API paths keep their problem+json 404.
 * @see https://github.com/fastify/fastify-static
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './error-handler.js';
import { httpProblem } from './problem.js';

const apiPrefixes = ['/api/', '/docs', '/openapi.json', '/healthz', '/readyz', '/metrics'];

export async function serveWebApp(app: FastifyInstance, distDir: string) {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    app.log.warn({ distDir }, 'web app not built; run `npm run build` to serve it at /');
    return;
  }
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    // web/scripts/precompress.mjs writes .br and .gz copies at build time: sent when the client accepts them.
    preCompressed: true,
    cacheControl: false,
    setHeaders: (response, filePath) => {
      const relative = path.relative(distDir, filePath);
      // Vite names every file in assets/ by its content hash: a new build is a new name, so these never change.
      response.setHeader(
        'cache-control',
        relative.startsWith(`assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  // Specific routes win over this wildcard, so it only sees paths nothing else claimed.
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    if (apiPrefixes.some((prefix) => pathname.startsWith(prefix))) {
      return sendProblem(
        reply,
        httpProblem.notFound(`There is no ${request.method} ${pathname}. See /docs.`),
      );
    }
    // The app's shell names the current hashed assets: always revalidated, never kept stale.
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
