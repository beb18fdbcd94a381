import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { findLocalEngine, type LocalEngine } from './find-engine.ts';
import { freePort } from '../net.ts';
import { startPostgres } from './postgres-backend.ts';

/**
 * FerretDB's backend for local runs and tests: `LOCAL_DB_BACKEND=sqlite` or `postgresql`; by
 * default PostgreSQL when it is installed (it uses indexes for our filters; SQLite reads whole
 * collections), else SQLite.
 */
export function localBackend(): 'sqlite' | 'postgresql' {
  const chosen = process.env.LOCAL_DB_BACKEND;
  if (chosen === 'sqlite' || chosen === 'postgresql') return chosen;
  return 'sqlite';
}

/** A running local database and how to stop it. */
export interface LocalDatabase {
  uri: string;
  engine: LocalEngine['kind'] | 'ferretdb-postgresql';
  /** The engine's process (FerretDB or mongod; not PostgreSQL's under FerretDB), for measuring; absent for the in-memory server. */
  pid?: number;
  stop(): Promise<void>;
}

export interface LocalDatabaseOptions {
  /** Folder for the engine's files; kept between runs for the app, throwaway for tests. */
  dataDir: string;
  /** Throwaway data (tests): the PostgreSQL backend then runs without fsync. */
  isThrowaway?: boolean;
  /** Port to listen on; a free one when omitted. */
  port?: number;
  log?: (line: string) => void;
}

const NO_ENGINE_HELP =
  'No MongoDB-compatible database could be started. Do one of: set MONGODB_URI to a running ' +
  'MongoDB; put `mongod` on PATH; install Go (https://go.dev/dl) so FerretDB can be built; or ' +
  'run on a machine with internet access so mongodb-memory-server can download MongoDB.';

async function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`database process exited with code ${child.exitCode}`);
    const isOpen = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (isOpen) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`database did not open port ${port} within ${timeoutMs} ms`);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => (clearTimeout(timer), resolve()));
    child.kill('SIGTERM');
  });
}

function spawnEngine(
  engine: LocalEngine & { binary: string },
  dataDir: string,
  port: number,
  postgresUrl: string | null,
): ChildProcess {
  const logFile = openSync(join(dataDir, `${engine.kind}.log`), 'a');
  const backend = postgresUrl
    ? ['--handler=postgresql', `--postgresql-url=${postgresUrl}`]
    : ['--handler=sqlite', `--sqlite-url=file:${dataDir}/`];
  const args =
    engine.kind === 'mongod'
      ? ['--dbpath', dataDir, '--port', String(port), '--bind_ip', '127.0.0.1', '--quiet']
      : [
          ...backend,
          `--listen-addr=127.0.0.1:${port}`,
          `--state-dir=${dataDir}`,
          '--telemetry=disable',
          '--debug-addr=-',
          '--log-level=warn',
        ];
  return spawn(engine.binary, args, { stdio: ['ignore', logFile, logFile] });
}

async function startMemoryServer(dataDir: string, port: number | undefined): Promise<LocalDatabase> {
  try {
    const { MongoMemoryServer } = await import('mongodb-memory-server-core');
    const server = await MongoMemoryServer.create({
      instance: { dbPath: dataDir, storageEngine: 'wiredTiger', ...(port ? { port } : {}) },
    });
    return {
      uri: server.getUri(),
      engine: 'memory-server',
      stop: async () => void (await server.stop({ doCleanup: false })),
    };
  } catch (error) {
    throw new Error(`${NO_ENGINE_HELP}\n(mongodb-memory-server: ${(error as Error).message})`, { cause: error });
  }
}

/**
 * Starts a MongoDB-compatible server for local runs and tests when MONGODB_URI is not set:
 * `mongod` on PATH, else FerretDB (built with Go if needed), else mongodb-memory-server.
 * Throws one clear message naming what to install or set when none can be had.
 */
export async function startLocalDatabase(options: LocalDatabaseOptions): Promise<LocalDatabase> {
  const log = options.log ?? (() => {});
  mkdirSync(options.dataDir, { recursive: true });
  let engine: LocalEngine;
  try {
    engine = findLocalEngine(log);
  } catch (error) {
    log(`Could not build FerretDB: ${(error as Error).message}`);
    engine = { kind: 'memory-server' };
  }
  if (engine.kind === 'memory-server') return startMemoryServer(options.dataDir, options.port);
  const port = options.port ?? (await freePort());
  // FerretDB's backend: SQLite (embedded) or a PostgreSQL of our own (LOCAL_DB_BACKEND, decision in docs/architecture.md).
  const postgres =
    engine.kind === 'ferretdb' && localBackend() === 'postgresql'
      ? await startPostgres(join(options.dataDir, 'postgresql'), { durable: !options.isThrowaway })
      : null;
  const child = spawnEngine(engine, options.dataDir, port, postgres?.url ?? null);
  const stopAll = async () => {
    await stopChild(child);
    await postgres?.stop();
  };
  try {
    await waitForPort(port, child, 30_000);
  } catch (error) {
    await stopAll();
    throw new Error(
      `${engine.kind} at ${engine.binary} failed to start: ${(error as Error).message}. See ${options.dataDir}/${engine.kind}.log`,
      { cause: error },
    );
  }
  return {
    uri: `mongodb://127.0.0.1:${port}`,
    engine: postgres ? 'ferretdb-postgresql' : engine.kind,
    ...(child.pid !== undefined && { pid: child.pid }),
    stop: stopAll,
  };
}
