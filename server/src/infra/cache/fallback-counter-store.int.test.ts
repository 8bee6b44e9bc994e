import { randomUUID } from 'node:crypto';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { testBackend, testServices } from '../../test/backends.js';
import { createFallbackCounterStore } from './fallback-counter-store.js';
import { createMemoryCounterStore } from './memory-counter-store.js';
import { createRedisCounterStore } from './redis-counter-store.js';

/** A TCP relay to the test Redis that can be cut and restored, as a network outage would. */
async function redisRelay() {
  const target = new URL(testServices.redisUrl);
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const open = async () => {
    server = createServer((client) => {
      const upstream = createConnection(Number(target.port || 6379), target.hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server?.listen(port, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  };
  const cut = async () => {
    const closed = new Promise((resolve) => server?.close(resolve));
    for (const socket of sockets) socket.destroy();
    await closed;
  };
  await open();
  return { url: () => `redis://127.0.0.1:${port}${target.pathname}`, cut, restore: open };
}

// Needs a real Redis to lose and get back: the postgres project's services.
describe.runIf(testBackend() === 'postgres')('fallback counter store over Redis', () => {
  it('counts locally while Redis is cut off and in Redis again once it answers', {
    timeout: 15_000,
  }, async () => {
    const relay = await redisRelay();
    const counters = createFallbackCounterStore(
      createRedisCounterStore(relay.url(), { keyPrefix: `wa-test:${randomUUID()}:` }),
      createMemoryCounterStore(),
      { retryAfterMs: 100 },
    );
    try {
      await counters.hit('k', 60);
      expect((await counters.hit('k', 60)).count).toBe(2);

      await relay.cut();
      expect((await counters.hit('k', 60)).count).toBe(1);
      await expect(counters.ping()).rejects.toThrow(/count in each instance/);

      await relay.restore();
      await expect
        .poll(
          () =>
            counters.ping().then(
              () => true,
              () => false,
            ),
          { timeout: 10_000 },
        )
        .toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 150));
      // Redis kept its count of 2 through the outage; the local count of 1 is not carried over.
      expect((await counters.hit('k', 60)).count).toBe(3);
    } finally {
      await counters.close();
      await relay.cut();
    }
  });
});
