/**
 * Fan-out of live events (a submission's progress) to every API instance: Redis pub/sub in a
 * deployment, an in-process emitter in embedded mode. Delivery is best effort by design: a client
 * that missed an event reads the same state from the API, so losing one never loses data.
 */
export type EventListener = (message: unknown) => void;

export interface PubSub {
  readonly kind: 'memory' | 'redis';
  /** Sends `message` (JSON-serialisable) to the channel's current subscribers; never throws. */
  publish(channel: string, message: unknown): Promise<void>;
  /** Starts listening; the returned function stops. */
  subscribe(channel: string, listener: EventListener): Promise<() => Promise<void>>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
