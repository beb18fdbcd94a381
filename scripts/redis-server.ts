import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import { freePort } from './net.ts';

/** A throwaway Redis for tests and benchmarks: Debian's `redis-server`, on loopback, nothing saved. */
export interface RedisServer {
  url: string;
  port: number;
  /** The redis-server process (benchmarks read its CPU time from /proc). */
  pid: number;
  stop(): Promise<void>;
}

/** Starts `redis-server` on a free port and resolves once it accepts connections. */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'warning'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const started = await new Promise<boolean>((resolve) => {
    child.once('error', () => resolve(false));
    const deadline = Date.now() + 10_000;
    const probe = () => {
      const socket = createConnection(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline || child.exitCode !== null) resolve(false);
        else setTimeout(probe, 50);
      });
    };
    probe();
  });
  if (!started)
    throw new Error(`redis-server did not start (install Debian's redis-server; .ci/run does): ${output.trim() || 'not found'}`);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
