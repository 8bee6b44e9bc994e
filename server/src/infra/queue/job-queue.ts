/**
 * The judge queue: submissions waiting for a worker. RabbitMQ in a deployment, an in-process queue in
 * embedded mode; both keep the same promises, held by the same tests:
 * - `publish` resolves only once the queue has the job for good (RabbitMQ: a publisher confirm).
 * - A delivery is acknowledged only when its handler resolves; a handler that throws, or a consumer
 *   that dies before settling, hands the job back to be delivered again (at least once).
 * - A handler may send a job to the dead-letter queue, where it waits for an operator, or hand it
 *   back for later (`retry`) without it counting against the job's delivery limit.
 */

/** The message itself: only the submission's id; the database holds everything else. */
export interface JudgeJob {
  submissionId: string;
}

export interface Delivery {
  job: JudgeJob;
  /** True when an earlier delivery of this message was not acknowledged (its consumer died). */
  redelivered: boolean;
  /** Aborted when the consumer is stopping: a handler waiting for something should give up now. */
  stopping: AbortSignal;
}

/**
 * What the handler decided: done with it; park it in the dead-letter queue; or `retry`: it could not
 * be handled for a reason outside the job (the database was unreachable), so it goes back to the end
 * of the queue as a fresh message, without counting as a failed delivery (only a job that stops its
 * worker is poison).
 */
export type Settlement = 'ack' | 'dead-letter' | 'retry';

export interface DeadLetter {
  job: JudgeJob;
  /** Why it was parked, as the handler said. */
  reason: string;
}

export interface ConsumeOptions {
  /** Deliveries held unacknowledged at once: the worker's judging slots. */
  prefetch: number;
}

export interface Consumer {
  /** Stops taking new deliveries and waits for the handlers in flight to settle. */
  stop(): Promise<void>;
}

export type JobHandler = (delivery: Delivery) => Promise<{ settle: Settlement; reason?: string }>;

export interface QueueDepth {
  /** Waiting for a worker. */
  ready: number;
  deadLetters: number;
}

export interface JobQueue {
  readonly kind: 'memory' | 'rabbitmq';
  publish(job: JudgeJob): Promise<void>;
  consume(handler: JobHandler, options: ConsumeOptions): Promise<Consumer>;
  depth(): Promise<QueueDepth>;
  /** The parked jobs, oldest first (they stay parked). */
  listDeadLetters(limit: number): Promise<DeadLetter[]>;
  /** Moves up to `limit` parked jobs back to the judge queue; returns the jobs moved. */
  requeueDeadLetters(limit: number): Promise<JudgeJob[]>;
  /** Healthy when the broker is reachable (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Parses a message body; anything else is refused (a broker can carry foreign messages). */
export function parseJob(body: string): JudgeJob | undefined {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value !== 'object' || value === null) return undefined;
    const id = (value as { submissionId?: unknown }).submissionId;
    return typeof id === 'string' && uuidPattern.test(id) ? { submissionId: id } : undefined;
  } catch {
    return undefined;
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
