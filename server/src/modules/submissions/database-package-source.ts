/** Problem packages for a worker: rebuilt from the database into its local cache on first use. */

import type { Database } from '../../infra/db/database.js';
import { materializeProblemVersion } from '../problems/package-store.js';
import type { PackageSource } from './judge-worker.js';

export function databasePackageSource(db: Database, cacheDir: string): PackageSource {
  return { directoryFor: (problemVersionId) => materializeProblemVersion(db, problemVersionId, cacheDir) };
}
