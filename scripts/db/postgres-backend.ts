import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../net.ts';

/** A PostgreSQL server of our own, for FerretDB's PostgreSQL backend. */
export interface PostgresServer {
  url: string;
  stop(): Promise<void>;
}

/** The newest installed PostgreSQL's bin folder (Debian: /usr/lib/postgresql/<version>/bin), if any. */
export function findPostgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

const isRoot = () => process.getuid?.() === 0;

/** Runs a PostgreSQL program as the `postgres` user when we are root (initdb refuses root). */
function asPostgres(command: string, args: string[]): [string, string[]] {
  if (!isRoot()) return [command, args];
  return [
    'su',
    ['postgres', '-s', '/bin/sh', '-c', [command, ...args].map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ')],
  ];
}

/**
 * Starts PostgreSQL on a free loopback port with its data under `dataDir` (created and
 * initialised on first use; owned by `postgres` when we run as root), with a database `ferretdb`.
 * `durable: false` turns fsync off: for throwaway test data only.
 */
export async function startPostgres(dataDir: string, options: { durable: boolean }): Promise<PostgresServer> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (Debian: apt-get install postgresql)');
  const pgData = join(dataDir, 'pg');
  const socketDir = join(dataDir, 'pg-socket');
  mkdirSync(socketDir, { recursive: true });
  if (!existsSync(join(pgData, 'PG_VERSION'))) {
    mkdirSync(pgData, { recursive: true });
    if (isRoot()) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
      for (const dir of [dataDir, pgData, socketDir]) chownSync(dir, uid, gid);
    }
    const [command, args] = asPostgres(join(bin, 'initdb'), ['-D', pgData, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    execFileSync(command, args, { stdio: 'ignore' });
  } else if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(socketDir, uid, gid);
  }
  const port = await freePort();
  const settings = ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${socketDir}`];
  if (!options.durable) settings.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const [command, args] = asPostgres(join(bin, 'postgres'), ['-D', pgData, '-p', String(port), ...settings]);
  const logFile = openSync(join(dataDir, 'postgres.log'), 'a');
  const child: ChildProcess = spawn(command, args, { stdio: ['ignore', logFile, logFile], detached: false });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`postgres exited with ${child.exitCode}; see ${dataDir}/postgres.log`);
    try {
      execFileSync(join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error('postgres did not become ready within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    execFileSync(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'ferretdb'], {
      stdio: 'ignore',
    });
  } catch {
    // already there from an earlier run
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/ferretdb`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => (clearTimeout(timer), resolve()));
        const [stopCommand, stopArgs] = asPostgres(join(bin, 'pg_ctl'), ['stop', '-D', pgData, '-m', 'fast']);
        try {
          execFileSync(stopCommand, stopArgs, { stdio: 'ignore' });
        } catch {
          child.kill('SIGTERM');
        }
      }),
  };
}
