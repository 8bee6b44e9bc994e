/**
 * `winterarc problem import <dir>`: loads a problem package into the database (idempotent,
 * versioned). A package with errors is refused with every error listed.
 */
import { ProblemPackageError } from '@winterarc/judge';
import { loadConfig } from '../infra/config/config.js';
import { openDatabaseFor } from '../infra/runtime.js';
import { importProblemPackage, ProblemImportError } from '../modules/problems/import.js';
import { UsageError } from './run-command.js';

export interface ProblemImportOptions {
  slug?: string;
  difficulty?: string;
  tag?: string[];
}

export async function problemImportCommand(dir: string, options: ProblemImportOptions): Promise<void> {
  let difficulty: number | undefined;
  if (options.difficulty !== undefined) {
    if (!/^[1-5]$/.test(options.difficulty)) {
      throw new UsageError(`--difficulty must be an integer from 1 to 5, not "${options.difficulty}".`);
    }
    difficulty = Number(options.difficulty);
  }
  const database = await openDatabaseFor(loadConfig());
  try {
    await database.migrate();
    const result = await importProblemPackage(database.db, dir, {
      ...(options.slug === undefined ? {} : { slug: options.slug }),
      ...(difficulty === undefined ? {} : { difficulty }),
      ...(options.tag === undefined ? {} : { tags: options.tag }),
    });
    process.stdout.write(
      result.created
        ? `Imported ${result.slug} version ${result.version}\n`
        : `${result.slug} is unchanged (version ${result.version})\n`,
    );
  } catch (error) {
    if (error instanceof ProblemPackageError) throw new UsageError(`cannot import ${dir}: ${error.message}`);
    if (error instanceof ProblemImportError) throw new UsageError(`cannot import ${dir}: ${error.message}`);
    throw error;
  } finally {
    await database.close();
  }
}
