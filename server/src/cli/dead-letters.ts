/**
 * `winterarc dead-letters list|requeue`: the jobs parked after killing their workers too often, with
 * the reason, and sending them back once the cause is fixed.
 */
import { loadConfig } from '../infra/config/config.js';
import { openRuntime } from '../infra/runtime.js';
import { listDeadLetters, requeueDeadLetters } from '../modules/submissions/dead-letters.js';
import { UsageError } from './run-command.js';

const out = (line = '') => process.stdout.write(`${line}\n`);

function parseLimit(value: string | undefined): number {
  if (value === undefined) return 100;
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1)
    throw new UsageError(`--limit must be a whole number from 1 to 99999, not "${value}".`);
  return Number(value);
}

export async function deadLettersCommand(action: 'list' | 'requeue', options: { limit?: string }) {
  const limit = parseLimit(options.limit);
  const config = loadConfig();
  if (config.rabbitmqUrl === undefined) {
    throw new UsageError(
      'Dead letters live in RabbitMQ: set RABBITMQ_URL. (In embedded mode they live in the `serve` process and end with it.)',
    );
  }
  const runtime = await openRuntime(config);
  try {
    if (action === 'list') {
      const letters = await listDeadLetters(runtime.database.db, runtime.queue, limit);
      if (letters.length === 0) return out('No dead letters.');
      for (const letter of letters) {
        out(
          `${letter.job.submissionId}  ${letter.status ?? 'unknown submission'}${letter.verdict ? ` ${letter.verdict}` : ''}  attempts=${letter.attempts ?? '?'}  ${letter.reason}`,
        );
      }
      out(
        `${letters.length} dead letter(s). \`winterarc dead-letters requeue\` sends them back to be judged.`,
      );
    } else {
      const moved = await requeueDeadLetters(runtime.database.db, runtime.queue, limit);
      out(`Requeued ${moved} submission(s).`);
    }
  } finally {
    await runtime.close();
  }
}
