/**
 * Where judge jobs live in RabbitMQ. The judge queue is a quorum queue (replicated, and it counts
 * deliveries): a message whose consumers keep dying is dead-lettered by the broker after
 * `deliveryLimit` deliveries even if no worker lives long enough to park it itself. Dead letters wait
 * in a classic durable queue for an operator (`winterarc dead-letters`).
 * @see https://www.rabbitmq.com/docs/quorum-queues#poison-message-handling
 */
import type { ConfirmChannel } from 'amqplib';

export interface Topology {
  judgeQueue: string;
  deadLetterExchange: string;
  deadLetterQueue: string;
}

/** The names under a prefix (`winterarc` in a deployment; tests use one of their own). */
export function topologyNames(prefix = 'winterarc'): Topology {
  return {
    judgeQueue: `${prefix}.judge`,
    deadLetterExchange: `${prefix}.judge.dead`,
    deadLetterQueue: `${prefix}.judge.dead`,
  };
}

export async function declareTopology(
  channel: ConfirmChannel,
  names: Topology,
  deliveryLimit: number,
): Promise<void> {
  await channel.assertExchange(names.deadLetterExchange, 'fanout', { durable: true });
  await channel.assertQueue(names.deadLetterQueue, { durable: true });
  await channel.bindQueue(names.deadLetterQueue, names.deadLetterExchange, '');
  await channel.assertQueue(names.judgeQueue, {
    durable: true,
    arguments: {
      'x-queue-type': 'quorum',
      'x-dead-letter-exchange': names.deadLetterExchange,
      'x-delivery-limit': deliveryLimit,
    },
  });
}
