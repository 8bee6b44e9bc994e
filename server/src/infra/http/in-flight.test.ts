import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { waitForHandlersOnClose } from './in-flight.js';

describe('closing the app', () => {
  it('waits for a handler whose client has gone away', async () => {
    const app = Fastify();
    waitForHandlersOnClose(app);
    let release: () => void = () => undefined;
    const steps: string[] = [];
    app.get('/slow', async () => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      steps.push('handler finished');
      return { ok: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;

    const request = http.get(`http://127.0.0.1:${port}/slow`);
    request.on('error', () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    request.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));

    const closed = app.close().then(() => steps.push('closed'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(steps).toEqual([]);
    release();
    await closed;
    expect(steps).toEqual(['handler finished', 'closed']);
  });
});
