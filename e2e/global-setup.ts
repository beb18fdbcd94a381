import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalDatabase } from '../scripts/db/local-database.ts';
import { TMP_DIR } from '../scripts/paths.ts';

/** One database engine for the e2e run (each spec's stack uses its own database on it). */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (process.env.MONGODB_URI) {
    process.env.E2E_MONGODB_URI = process.env.MONGODB_URI;
    return async () => {};
  }
  const dataDir = join(TMP_DIR, `e2e-db-${process.pid}`);
  const database = await startLocalDatabase({ dataDir, isThrowaway: true, log: (line) => process.stdout.write(`${line}\n`) });
  process.env.E2E_MONGODB_URI = database.uri;
  return async () => {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
