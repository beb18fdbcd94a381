import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalDatabase } from '../../../scripts/db/local-database.ts';
import { TMP_DIR } from '../../../scripts/paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
  }
}

/**
 * Provides a real MongoDB-compatible server to the integration tests: MONGODB_URI when set,
 * otherwise a throwaway local engine (mongod, FerretDB or mongodb-memory-server) whose files
 * are deleted afterwards. Each test file then uses its own database on it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const fromEnv = process.env.MONGODB_URI;
  if (fromEnv) {
    project.provide('mongoUri', fromEnv);
    return async () => {};
  }
  const dataDir = join(TMP_DIR, `test-db-${process.pid}`);
  const database = await startLocalDatabase({ dataDir, isThrowaway: true, log: (line) => process.stdout.write(`${line}\n`) });
  project.provide('mongoUri', database.uri);
  return async () => {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
