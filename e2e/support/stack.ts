import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../scripts/net.ts';
import { productionEnv } from '../../scripts/production-env.ts';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** A running app server (the production build) on its own port and database. */
export interface Stack {
  baseUrl: string;
  port: number;
  mongoUri: string;
  /** Stops the server process (SIGTERM, or SIGKILL when `kill` is set). */
  stop(options?: { kill?: boolean }): Promise<void>;
  /** Starts the server again on the same port and database. */
  restart(): Promise<void>;
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output.join('')}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not become healthy:\n${output.join('')}`);
}

/**
 * Starts the built server (server/dist, client/dist) against a fresh database on the
 * engine provided by the global setup (E2E_MONGODB_URI). `env` adds settings (e.g. SMTP_URL).
 */
export async function startStack(options: { env?: Record<string, string> } = {}): Promise<Stack> {
  const engineUri = process.env.E2E_MONGODB_URI ?? process.env.MONGODB_URI;
  if (!engineUri) throw new Error('No database: run through playwright.config.ts (global setup) or set MONGODB_URI');
  const url = new URL(engineUri);
  url.pathname = `/e2e_${randomBytes(5).toString('hex')}`;
  const mongoUri = url.toString();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  // Kept across restarts, like a real deployment's: address hashes and outbox links stay readable.
  const production = productionEnv(baseUrl);

  const launch = async () => {
    const output: string[] = [];
    child = spawn(process.execPath, ['--enable-source-maps', join(ROOT, 'server', 'dist', 'main.js')], {
      env: {
        ...process.env,
        ...production,
        PORT: String(port),
        HOST: '127.0.0.1',
        MONGODB_URI: mongoUri,
        CLIENT_DIST: join(ROOT, 'client', 'dist'),
        SEED_DEMO: 'true',
        LOG_LEVEL: 'warn',
        // Automatic reminders off unless a spec asks: specs that move due dates expect exact mail counts.
        REMINDER_SWEEP_SECONDS: '0',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    await waitForHealth(baseUrl, child, output);
  };

  const stop = async (options: { kill?: boolean } = {}) => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill(options.kill ? 'SIGKILL' : 'SIGTERM');
    });
  };

  await launch();
  return { baseUrl, port, mongoUri, stop, restart: async () => (await stop(), await launch()) };
}
