import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { freePort } from '../../../scripts/net.ts';
import { connectTestDatabase } from './test-app.ts';
import { waitFor } from './wait-for.ts';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

/** The real server as a child process (for crash and shutdown tests), on a fixed port. */
export interface ServerProcess {
  baseUrl: string;
  wsUrl: string;
  start(): Promise<void>;
  /** Sends a signal and waits for the process to exit. */
  stop(signal: 'SIGKILL' | 'SIGTERM'): Promise<number | null>;
  output(): string;
  /** Resident memory of the running process in bytes (from /proc). */
  rssBytes(): number;
}

export async function createServerProcess(mongoUri: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let output = '';
  return {
    baseUrl,
    wsUrl: `ws://127.0.0.1:${port}`,
    output: () => output,
    rssBytes: () => {
      if (!child?.pid) throw new Error('server process not running');
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
    },
    start: async () => {
      child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
        env: {
          ...process.env,
          NODE_ENV: 'test',
          PORT: String(port),
          HOST: '127.0.0.1',
          MONGODB_URI: mongoUri,
          SEED_DEMO: 'false',
          LOG_LEVEL: 'warn',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const started = child;
      await waitFor(
        async () => {
          if (started.exitCode !== null) throw new Error(`server exited: ${output}`);
          return (await fetch(`${baseUrl}/api/health`).catch(() => null))?.ok;
        },
        { timeoutMs: 30_000, message: 'server process healthy' },
      );
    },
    stop: (signal) =>
      new Promise((resolve) => {
        const running = child;
        if (!running || running.exitCode !== null) return resolve(running?.exitCode ?? null);
        running.once('exit', (code) => resolve(code));
        running.kill(signal);
      }),
  };
}

/**
 * Connects this test file to its own database and starts a real server process on it (for
 * restart, crash and memory tests that need a process of their own).
 */
export async function startServerOnTestDatabase(env: Record<string, string> = {}): Promise<ServerProcess> {
  const dbName = await connectTestDatabase();
  const uri = new URL(inject('mongoUri'));
  uri.pathname = `/${dbName}`;
  const server = await createServerProcess(uri.toString(), env);
  await server.start();
  return server;
}
