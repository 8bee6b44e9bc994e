/**
 * The judge queue of the backend under test: the in-process queue (pglite project) or RabbitMQ under
 * a prefix of its own (postgres project), whose queues are deleted again when the test closes it.
 */
import { randomUUID } from 'node:crypto';
import amqplib from 'amqplib';
import type { JobQueue } from '../infra/queue/job-queue.js';
import { createMemoryJobQueue } from '../infra/queue/memory-job-queue.js';
import { createRabbitJobQueue } from '../infra/queue/rabbit-job-queue.js';
import { topologyNames } from '../infra/queue/rabbit-topology.js';
import { testBackend, testRabbitUrl } from './backends.js';

export function openTestQueue(options: { deliveryLimit?: number } = {}): JobQueue {
  if (testBackend() === 'pglite') return createMemoryJobQueue();
  const prefix = `wa-test-${randomUUID()}`;
  const queue = createRabbitJobQueue({ url: testRabbitUrl, prefix, ...options });
  return {
    ...queue,
    async close() {
      await queue.close();
      await deleteTopology(prefix);
    },
  };
}

async function deleteTopology(prefix: string): Promise<void> {
  const names = topologyNames(prefix);
  const connection = await amqplib.connect(testRabbitUrl);
  try {
    const channel = await connection.createChannel();
    await channel.deleteQueue(names.judgeQueue);
    await channel.deleteQueue(names.deadLetterQueue);
    await channel.deleteExchange(names.deadLetterExchange);
  } finally {
    await connection.close();
  }
}
