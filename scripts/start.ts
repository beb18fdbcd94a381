/**
 * `npm start`: build the client and server, provide a database when MONGODB_URI is not set
 * (data kept under data/), then run the server until interrupted.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startLocalDatabase, type LocalDatabase } from './db/local-database.ts';
import { DATA_DIR, ROOT } from './paths.ts';
import { run } from './run.ts';

const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  log('Building client and server…');
  if ((await run('npm', ['run', 'build'], { cwd: ROOT })) !== 0) throw new Error('build failed');

  let database: LocalDatabase | null = null;
  let uri = process.env.MONGODB_URI;
  if (!uri) {
    database = await startLocalDatabase({ dataDir: join(DATA_DIR, 'db'), log });
    uri = database.uri;
    log(`Database: local ${database.engine} at ${uri} (data in data/db)`);
  }

  const server = spawn(process.execPath, ['--enable-source-maps', join(ROOT, 'server', 'dist', 'main.js')], {
    stdio: 'inherit',
    env: { ...process.env, MONGODB_URI: uri, CLIENT_DIST: process.env.CLIENT_DIST ?? join(ROOT, 'client', 'dist') },
  });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const code = await new Promise<number>((resolve) => server.once('exit', (c) => resolve(c ?? 0)));
  await database?.stop();
  process.exit(code);
}

main().catch((error: unknown) => {
  process.stderr.write(`npm start failed: ${(error as Error).message}\n`);
  process.exit(1);
});
