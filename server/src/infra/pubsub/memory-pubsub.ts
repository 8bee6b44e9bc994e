/** The embedded pub/sub: listeners in this process, each given its own copy of the message. */
import type { EventListener, PubSub } from './pubsub.js';

export function createMemoryPubSub(): PubSub {
  const channels = new Map<string, Set<EventListener>>();
  return {
    kind: 'memory',
    async publish(channel, message) {
      const listeners = channels.get(channel);
      if (listeners === undefined) return;
      // Serialised once, parsed per listener: no listener sees another's mutations, as over Redis.
      const text = JSON.stringify(message);
      for (const listener of [...listeners]) queueMicrotask(() => listener(JSON.parse(text)));
    },
    async subscribe(channel, listener) {
      let listeners = channels.get(channel);
      if (listeners === undefined) {
        listeners = new Set();
        channels.set(channel, listeners);
      }
      const own = (message: unknown) => listener(message);
      listeners.add(own);
      return async () => {
        listeners.delete(own);
        if (listeners.size === 0 && channels.get(channel) === listeners) channels.delete(channel);
      };
    },
    async ping() {},
    async close() {
      channels.clear();
    },
  };
}
