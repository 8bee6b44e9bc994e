/**
 * `winterarc problem import <dir|zip>`: loads a problem package into the database (idempotent,
 * versioned), after its self-test passes unless --skip-self-test. A package with errors is refused
 * with every error listed; a zip that cannot be unpacked safely is refused saying which entry and why.
 */
import { ProblemPackageError } from '@winterarc/judge';
import { loadConfig } from '../infra/config/config.js';
import { openDatabaseFor } from '../infra/runtime.js';
import { importProblemPackage, ProblemImportError, slugFromDirectory } from '../modules/problems/import.js';
import { openPackageSource } from '../modules/problems/package-source.js';
import { UnsafeArchiveError } from '../modules/problems/zip-extract.js';
import { selfTestPackage } from './judge-commands.js';
import { UsageError } from './run-command.js';

export interface ProblemImportOptions {
  slug?: string;
  difficulty?: string;
  tag?: string[];
  /** Commander's negation of --skip-self-test. */
  selfTest?: boolean;
}

export async function problemImportCommand(input: string, options: ProblemImportOptions): Promise<void> {
  let difficulty: number | undefined;
  if (options.difficulty !== undefined) {
    if (!/^[1-5]$/.test(options.difficulty)) {
      throw new UsageError(`--difficulty must be an integer from 1 to 5, not "${options.difficulty}".`);
    }
    difficulty = Number(options.difficulty);
  }
  let source: Awaited<ReturnType<typeof openPackageSource>>;
  try {
    source = await openPackageSource(input);
  } catch (error) {
    if (error instanceof UnsafeArchiveError) throw new UsageError(`cannot import ${input}: ${error.message}`);
    throw error;
  }
  const database = await openDatabaseFor(loadConfig());
  try {
    await database.migrate();
    const result = await importProblemPackage(database.db, source.dir, {
      slug: options.slug ?? slugFromDirectory(source.name),
      ...(difficulty === undefined ? {} : { difficulty }),
      ...(options.tag === undefined ? {} : { tags: options.tag }),
      ...(options.selfTest === false
        ? {}
        : {
            selfTest: async (problem) => {
              const report = await selfTestPackage(problem);
              if (!report.ok) {
                throw new ProblemImportError(
                  "the package's self-test failed (report above); fix the package, or pass --skip-self-test to import it anyway.",
                );
              }
              return report.derived && report.timeLimitMs !== undefined
                ? { timeLimitMs: report.timeLimitMs }
                : undefined;
            },
          }),
    });
    process.stdout.write(
      result.created
        ? `Imported ${result.slug} version ${result.version}\n`
        : result.updated
          ? `${result.slug}: same package (version ${result.version}); difficulty or tags updated\n`
          : `${result.slug} is unchanged (version ${result.version})\n`,
    );
  } catch (error) {
    if (error instanceof ProblemPackageError) {
      throw new UsageError(
        `cannot import ${input}, the package has errors:\n${error.issues.map((i) => `  ${i.file}: ${i.message}`).join('\n')}`,
      );
    }
    if (error instanceof ProblemImportError) throw new UsageError(`cannot import ${input}: ${error.message}`);
    throw error;
  } finally {
    await database.close();
    await source.close();
  }
}
