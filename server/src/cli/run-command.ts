import { ConfigError } from '../infra/config/env.js';
import { databaseConnectionProblem } from '../infra/db/connection-problem.js';
import { DataDirBusyError } from '../infra/db/data-dir-lock.js';
import { HttpProblem } from '../infra/http/problem.js';
import { QuizContentError } from '../modules/quizzes/content.js';
import { ContentError } from '../modules/roadmap/content.js';

/** Errors a user can fix are printed as one sentence; anything else with its stack, for a bug report. */
const userErrors = [ConfigError, DataDirBusyError, ContentError, QuizContentError];

export class UsageError extends Error {}

export async function runCommand(command: () => Promise<void>): Promise<void> {
  try {
    await command();
  } catch (error) {
    if (error instanceof UsageError || userErrors.some((kind) => error instanceof kind)) {
      process.stderr.write(`winterarc: ${(error as Error).message}\n`);
      process.exitCode = 2;
      return;
    }
    // The services' own refusals (a weak password, the last admin, …) say what to do already.
    if (error instanceof HttpProblem && error.status < 500) {
      process.stderr.write(`winterarc: ${error.detail}\n`);
      process.exitCode = 2;
      return;
    }
    const database = databaseConnectionProblem(error);
    if (database !== undefined) {
      process.stderr.write(`winterarc: ${database}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(
      `winterarc: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
