/** The pub/sub of the backend under test: in process (pglite project) or Redis (postgres project). */
import { randomUUID } from 'node:crypto';
import { createMemoryPubSub } from '../infra/pubsub/memory-pubsub.js';
import type { PubSub } from '../infra/pubsub/pubsub.js';
import { createRedisPubSub } from '../infra/pubsub/redis-pubsub.js';
import { testBackend, testServices } from './backends.js';

export function openTestPubSub(): PubSub {
  return testBackend() === 'pglite'
    ? createMemoryPubSub()
    : createRedisPubSub(testServices.redisUrl, { prefix: `wa-test:${randomUUID()}:` });
}
