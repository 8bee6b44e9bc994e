/**
 * `winterarc problem export <slug> <out> [--version N]`: writes a stored version back out as a package
 * directory, or a .zip when <out> ends in .zip; never over an existing non-empty path.
 */
import { loadConfig } from '../infra/config/config.js';
import { openDatabaseFor } from '../infra/runtime.js';
import { exportProblemPackage, ProblemExportError } from '../modules/problems/export.js';
import { UsageError } from './run-command.js';

export async function problemExportCommand(
  slug: string,
  out: string,
  options: { version?: string },
): Promise<void> {
  if (options.version !== undefined && !/^[1-9]\d{0,8}$/.test(options.version)) {
    throw new UsageError(`--version must be a positive whole number, not "${options.version}".`);
  }
  const database = await openDatabaseFor(loadConfig());
  try {
    await database.migrate();
    const result = await exportProblemPackage(database.db, slug, out, {
      ...(options.version === undefined ? {} : { version: Number(options.version) }),
    });
    process.stdout.write(`Exported ${result.slug} version ${result.version} to ${out}\n`);
  } catch (error) {
    if (error instanceof ProblemExportError) throw new UsageError(`cannot export ${slug}: ${error.message}`);
    throw error;
  } finally {
    await database.close();
  }
}
