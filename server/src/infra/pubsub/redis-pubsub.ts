/**
 * Pub/sub over Redis: one connection publishes, one subscribes (a subscribed Redis connection can do
 * nothing else). ioredis re-subscribes after a reconnect, so live events resume once Redis is back;
 * while it is down, publishing drops the event (the API still serves the state).
 * @see https://redis.io/docs/latest/develop/interact/pubsub/
 */
import { Redis } from 'ioredis';
import type { EventListener, PubSub } from './pubsub.js';

export function createRedisPubSub(
  url: string,
  options: { prefix?: string; onError?: (error: Error) => void } = {},
): PubSub {
  const prefix = options.prefix ?? 'wa:';
  const connect = () => {
    const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    redis.on('error', (error: Error) => options.onError?.(error));
    return redis;
  };
  const publisher = connect();
  // The subscriber queues its SUBSCRIBE while connecting; the publisher never waits for a dead Redis.
  const subscriber = new Redis(url, { maxRetriesPerRequest: null, autoResubscribe: true });
  subscriber.on('error', (error: Error) => options.onError?.(error));
  const channels = new Map<string, Set<EventListener>>();

  subscriber.on('message', (channel: string, text: string) => {
    const listeners = channels.get(channel);
    if (listeners === undefined) return;
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    for (const listener of [...listeners]) listener(message);
  });

  return {
    kind: 'redis',
    async publish(channel, message) {
      try {
        await publisher.publish(prefix + channel, JSON.stringify(message));
      } catch (error) {
        options.onError?.(error as Error);
      }
    },
    async subscribe(channel, listener) {
      const name = prefix + channel;
      let listeners = channels.get(name);
      if (listeners === undefined) {
        listeners = new Set();
        channels.set(name, listeners);
        // Not awaited: with Redis down the SUBSCRIBE waits in ioredis's queue and runs on reconnect,
        // and a WebSocket must not wait for that.
        subscriber.subscribe(name).catch((error: Error) => options.onError?.(error));
      }
      const own = (message: unknown) => listener(message);
      listeners.add(own);
      return async () => {
        listeners.delete(own);
        if (listeners.size === 0 && channels.get(name) === listeners) {
          channels.delete(name);
          await subscriber.unsubscribe(name).catch(() => undefined);
        }
      };
    },
    async ping() {
      await publisher.ping();
    },
    async close() {
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}
