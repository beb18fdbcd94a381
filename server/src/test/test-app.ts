import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { inject } from 'vitest';
import { createApp, type App } from '../app.ts';
import { buildConfig, type Config, type RealtimeLimits } from '../config/index.ts';
import { createLogger } from '../logging/index.ts';

/** A running app on an ephemeral port, backed by this test file's own database. */
export interface TestApp {
  app: App;
  baseUrl: string;
  wsUrl: string;
  config: Readonly<Config>;
  /** Stops the app but keeps the database (for restart tests). */
  stop(): Promise<void>;
}

let databaseName: string | null = null;

/** Connects mongoose to a fresh database for this test file (once per file). */
export async function connectTestDatabase(): Promise<string> {
  if (databaseName) return databaseName;
  databaseName = `test_${randomBytes(6).toString('hex')}`;
  await mongoose.connect(inject('mongoUri'), { dbName: databaseName, serverSelectionTimeoutMS: 15_000 });
  // Unique indexes must exist before tests rely on them.
  await Promise.all(Object.values(mongoose.models).map((model) => model.init()));
  return databaseName;
}

/** Drops this file's database and disconnects. */
export async function dropTestDatabase(): Promise<void> {
  if (mongoose.connection.readyState === 1) await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
  databaseName = null;
}

/** Starts the whole app (HTTP, Socket.io, y-websocket) on port 0. */
export async function startTestApp(
  overrides: {
    today?: string;
    realtime?: Partial<RealtimeLimits>;
    mail?: Partial<Config['mail']>;
    http?: Partial<Config['http']>;
    outbox?: Config['outbox'];
  } = {},
): Promise<TestApp> {
  await connectTestDatabase();
  const base = buildConfig({
    NODE_ENV: 'test',
    MONGODB_URI: inject('mongoUri'),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PORT: '0',
  });
  const config: Readonly<Config> = Object.freeze({
    ...base,
    realtime: { ...base.realtime, ...overrides.realtime },
    mail: { ...base.mail, ...overrides.mail },
    http: { ...base.http, ...overrides.http },
    outbox: overrides.outbox ?? base.outbox,
  });
  const today = overrides.today;
  const app = createApp(config, createLogger(config.log), today ? { today: () => today } : {});
  const port = await app.listen(0, '127.0.0.1');
  return {
    app,
    config,
    baseUrl: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    stop: () => app.close(),
  };
}
