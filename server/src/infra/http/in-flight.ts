/**
 * Makes `app.close()` wait for route handlers still running, so the database is never closed under a
 * query. Fastify already waits for open responses, but not for a handler whose client went away: that
 * handler runs on, and without this its next query would hit a closed database.
 */
import type { FastifyInstance } from 'fastify';

export function waitForHandlersOnClose(app: FastifyInstance, maxWaitMs = 10_000) {
  let active = 0;
  let wakeUp: (() => void) | undefined;

  app.addHook('onRoute', (route) => {
    const handler = route.handler;
    route.handler = async function tracked(this: FastifyInstance, request, reply) {
      active += 1;
      try {
        return await handler.call(this, request, reply);
      } finally {
        active -= 1;
        if (active === 0) wakeUp?.();
      }
    };
  });

  app.addHook('onClose', async () => {
    if (active === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, maxWaitMs);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  });
}
