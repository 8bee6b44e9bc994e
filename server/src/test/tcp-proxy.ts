/**
 * A TCP proxy on loopback that a test can cut and restore: to the client behind it, `cut()` is its
 * server going away (every connection reset, new ones refused) and `restore()` its coming back on the
 * same port. Lets a test take RabbitMQ or Redis "down" for one client without disturbing the others
 * that share the real server.
 */
import net from 'node:net';

export interface TcpProxy {
  readonly port: number;
  cut(): Promise<void>;
  /**
   * Like `cut`, but the port stays open and resets every new connection at once, counting them in
   * `refused`: a test can wait until its client has tried N times (restore() ends it too).
   */
  refuse(): void;
  /** Connections reset by `refuse` so far. */
  readonly refused: number;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let refusing = false;
  let refused = 0;
  const server = net.createServer((client) => {
    if (refusing) {
      refused += 1;
      client.on('error', () => undefined);
      client.resetAndDestroy();
      return;
    }
    const upstream = net.connect(targetPort, targetHost);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as net.AddressInfo).port);
      });
    });
  const port = await listen(0);
  const stop = async () => {
    for (const socket of sockets) socket.resetAndDestroy();
    if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return {
    port,
    cut: stop,
    refuse() {
      refusing = true;
      for (const socket of sockets) socket.resetAndDestroy();
    },
    get refused() {
      return refused;
    },
    async restore() {
      if (refusing) refusing = false;
      else await listen(port);
    },
    close: stop,
  };
}

/** `url` with its host and port replaced by the proxy's (the path, user and options kept). */
export function viaProxy(url: string, proxy: Pick<TcpProxy, 'port'>): string {
  const parsed = new URL(url);
  parsed.hostname = '127.0.0.1';
  parsed.port = String(proxy.port);
  return parsed.toString();
}
