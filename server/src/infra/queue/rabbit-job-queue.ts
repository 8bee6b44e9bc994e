/**
 * The judge queue on RabbitMQ. amqp-connection-manager reconnects and re-declares the topology and the
 * consumers after a broker restart; publishes use publisher confirms, so `publish` resolves only once
 * the broker owns the message (and rejects after `publishTimeoutMs`, leaving the outbox row pending).
 * @see https://github.com/jwalton/node-amqp-connection-manager
 * @see https://www.rabbitmq.com/docs/confirms
 */
import amqp, { type ChannelWrapper } from 'amqp-connection-manager';
import type { ConfirmChannel, ConsumeMessage, Message } from 'amqplib';
import {
  type Consumer,
  type DeadLetter,
  type JobHandler,
  type JobQueue,
  type JudgeJob,
  parseJob,
} from './job-queue.js';
import { declareTopology, topologyNames } from './rabbit-topology.js';

export interface RabbitJobQueueOptions {
  url: string;
  /** Prefix of the queue and exchange names (default `winterarc`). */
  prefix?: string;
  /** Deliveries after which the broker parks a message on its own (a backstop; default 5). */
  deliveryLimit?: number;
  publishTimeoutMs?: number;
  /** How long listing or requeueing dead letters waits for the connection (default 10 s). */
  connectTimeoutMs?: number;
  /** Told about connection trouble (the queue keeps retrying on its own). */
  onConnectionError?: (error: Error) => void;
}

const reasonHeader = 'x-winterarc-reason';

export function createRabbitJobQueue(options: RabbitJobQueueOptions): JobQueue {
  const deliveryLimit = options.deliveryLimit ?? 5;
  const names = topologyNames(options.prefix);
  const { judgeQueue, deadLetterQueue } = names;
  const publishTimeoutMs = options.publishTimeoutMs ?? 5000;
  const connection = amqp.connect([options.url], {
    heartbeatIntervalInSeconds: 5,
    reconnectTimeInSeconds: 1,
  });
  connection.on('connectFailed', ({ err }) => options.onConnectionError?.(err));
  connection.on('disconnect', ({ err }) => options.onConnectionError?.(err));

  const publisher = connection.createChannel({
    json: false,
    confirm: true,
    publishTimeout: publishTimeoutMs,
    setup: (channel: ConfirmChannel) => declareTopology(channel, names, deliveryLimit),
  });
  publisher.on('error', (error: Error) => options.onConnectionError?.(error));

  const send = (queue: string, body: JudgeJob | Buffer, headers: Record<string, string> = {}) =>
    publisher.sendToQueue(queue, Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body)), {
      persistent: true,
      contentType: 'application/json',
      headers,
    });

  const consumers = new Set<ChannelWrapper>();

  return {
    kind: 'rabbitmq',

    async publish(job) {
      await send(judgeQueue, job);
    },

    async consume(handler: JobHandler, { prefetch }): Promise<Consumer> {
      // A delivery tag belongs to the channel that delivered it: after a reconnect the broker has
      // already handed the old deliveries back, and acking an old tag would close the new channel.
      let generation = 0;
      const active = new Set<Promise<void>>();
      const stopping = new AbortController();
      const channel = connection.createChannel({
        json: false,
        confirm: true,
        // Runs for every new underlying channel, before its consumers are set up again.
        setup: (ch: ConfirmChannel) => {
          generation += 1;
          return declareTopology(ch, names, deliveryLimit);
        },
      });
      channel.on('error', (error: Error) => options.onConnectionError?.(error));
      consumers.add(channel);

      const onMessage = (message: ConsumeMessage) => {
        const born = generation;
        const settled = (fn: () => void) => {
          if (born === generation) fn();
        };
        const job = parseJob(message.content.toString('utf8'));
        const work = (async () => {
          if (job === undefined) {
            // Not ours to judge, and never will be: parked for a person to look at.
            await send(deadLetterQueue, message.content, { [reasonHeader]: 'not a judge job' });
            settled(() => channel.ack(message));
            return;
          }
          try {
            const outcome = await handler({
              job,
              redelivered: message.fields.redelivered,
              stopping: stopping.signal,
            });
            if (outcome.settle === 'dead-letter') {
              await send(deadLetterQueue, job, { [reasonHeader]: outcome.reason ?? 'no reason given' });
            } else if (outcome.settle === 'retry') {
              // A fresh copy (confirmed first) starts with no deliveries counted; then the old one goes.
              await send(judgeQueue, job);
            }
            settled(() => channel.ack(message));
          } catch {
            // Back to the queue for another delivery (the broker counts it against the delivery limit).
            settled(() => channel.nack(message, false, true));
          }
        })();
        active.add(work);
        void work.finally(() => active.delete(work));
      };

      const { consumerTag } = await channel.consume(judgeQueue, onMessage, { prefetch });
      return {
        async stop() {
          await channel.cancel(consumerTag);
          stopping.abort();
          await Promise.allSettled([...active]);
          consumers.delete(channel);
          await channel.close();
        },
      };
    },

    async depth() {
      const [judge, dead] = await Promise.all([
        publisher.checkQueue(judgeQueue),
        publisher.checkQueue(deadLetterQueue),
      ]);
      return { ready: judge.messageCount, deadLetters: dead.messageCount };
    },

    async listDeadLetters(limit) {
      return withDeadLetters(limit, async (channel, messages) => {
        // Browsing: every message goes back, in its place, untouched.
        for (const message of messages) channel.nack(message, false, true);
        return messages.map(toDeadLetter);
      });
    },

    async requeueDeadLetters(limit) {
      return withDeadLetters(limit, async (channel, messages) => {
        const moved: JudgeJob[] = [];
        for (const message of messages) {
          const job = parseJob(message.content.toString('utf8'));
          if (job === undefined) {
            channel.nack(message, false, true);
            continue;
          }
          channel.sendToQueue(judgeQueue, message.content, {
            persistent: true,
            contentType: 'application/json',
          });
          await channel.waitForConfirms();
          channel.ack(message);
          moved.push(job);
        }
        return moved;
      });
    },

    async ping() {
      // A fresh process is still connecting: wait a moment before calling the broker unreachable.
      await connected(2000);
      await publisher.checkQueue(judgeQueue);
    },

    async close() {
      await Promise.allSettled([...consumers].map((c) => c.close()));
      await publisher.close();
      await connection.close();
    },
  };

  /**
   * Resolves once the connection is up and the topology declared, waiting up to `ms` (a command
   * that just started is still connecting); rejects with a sentence an operator can act on.
   */
  async function connected(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const up = await Promise.race([
      publisher.waitForConnect().then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), ms);
      }),
    ]).finally(() => clearTimeout(timer));
    if (!up)
      throw new Error(
        `not connected to RabbitMQ after ${Math.round(ms / 1000)} s: check that it runs and that RABBITMQ_URL points at it`,
      );
  }

  /** Takes up to `limit` dead letters on a channel of its own, so settling them is one unit. */
  async function withDeadLetters<T>(
    limit: number,
    work: (channel: ConfirmChannel, messages: Message[]) => Promise<T>,
  ): Promise<T> {
    // A command (`winterarc dead-letters`) calls this right after opening the queue: connect first.
    await connected(options.connectTimeoutMs ?? 10_000);
    const raw = await connection.connection?.createConfirmChannel();
    if (raw === undefined) throw new Error('the connection to RabbitMQ was lost; try again');
    try {
      const messages: Message[] = [];
      while (messages.length < limit) {
        const message = await raw.get(deadLetterQueue, { noAck: false });
        if (message === false) break;
        messages.push(message);
      }
      return await work(raw, messages);
    } finally {
      await raw.close().catch(() => undefined);
    }
  }
}

function toDeadLetter(message: Message): DeadLetter {
  const job = parseJob(message.content.toString('utf8')) ?? { submissionId: 'unreadable' };
  const given = message.properties.headers?.[reasonHeader];
  const death = message.properties.headers?.['x-death'] as
    | Array<{ reason?: string; count?: number }>
    | undefined;
  const reason =
    typeof given === 'string'
      ? given
      : death?.[0]?.reason === 'delivery_limit'
        ? 'the broker gave up after too many deliveries (each worker stopped before finishing)'
        : (death?.[0]?.reason ?? 'unknown');
  return { job, reason };
}
