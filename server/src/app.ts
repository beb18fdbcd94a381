import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { publicBaseUrl, type Config } from './config/index.ts';
import { DomainEventBus } from './events/index.ts';
import { createHttpApp } from './http/index.ts';
import { createMailer } from './mail/index.ts';
import type { Logger } from './logging/index.ts';
import { addressKey, createRateLimits, createSignInThrottle, type RateLimits } from './rate-limits/index.ts';
import type { Cluster } from './cluster/index.ts';
import { createRealtime, type Realtime } from './realtime/index.ts';
import {
  createHousekeeping,
  createReminderScheduler,
  rebuildStaleCaseloads,
  SESSION_EXPIRY_TASKS,
  sweepUnlistedAttachmentFiles,
  todayInEngland,
  type Housekeeping,
  type Mailer,
  type ReminderScheduler,
} from './services/index.ts';

/** Minutes between housekeeping sweeps: expired sessions, known browsers and rate-limit counters, stale caseload rows, unlisted attachment files. */
const HOUSEKEEPING_INTERVAL_MS = 15 * 60_000;

/** The assembled application on one HTTP server, not yet listening. */
export interface App {
  server: Server;
  realtime: Realtime;
  events: DomainEventBus;
  /** Automatic contribution reminders: `start()` from main.ts; tests call `sweep(today)`. */
  reminders: ReminderScheduler;
  /** Deletes expired sessions, known browsers and rate-limit counters: `start()` from main.ts; tests call `sweep()`. */
  housekeeping: Housekeeping;
  /** Rate limits over the configured store (decision 37); realtime may take limiters from it too. */
  rateLimits: RateLimits;
  /** Starts listening; resolves with the bound port (use port 0 in tests). */
  listen(port: number, host?: string): Promise<number>;
  /** Graceful stop: stop reminders and housekeeping, stop accepting, flush documents, close Socket.io, close the HTTP server. */
  close(): Promise<void>;
}

/** Composition root: wires HTTP, realtime and services from injected config (no process.env here). */
export function createApp(
  config: Readonly<Config>,
  logger: Logger,
  options: { today?: () => string; mailer?: Mailer; cluster?: Cluster | null } = {},
): App {
  const events = new DomainEventBus();
  const cluster = options.cluster ?? null;
  const rateLimits = createRateLimits({
    store: config.rateLimits.store,
    secret: config.addressHash.secret,
    ...(cluster ? { redis: cluster.redis } : {}),
  });

  // With several processes, document connection attempts are counted in Redis for all of them.
  const connectAttempts = rateLimits.limiter({
    name: 'collab-connect',
    points: config.realtime.maxConnectionAttemptsPerMinute,
    durationSeconds: 60,
    blockSeconds: 0,
  });
  const realtime = createRealtime({
    config,
    events,
    log: logger,
    cluster,
    sharedAttempts: cluster ? async (address) => (await connectAttempts.consume(addressKey(address))).allowed : null,
  });
  const today = options.today ?? (() => todayInEngland());
  const mailer = options.mailer ?? createMailer(config);
  const reminderLog = logger.child({ module: 'reminders' });
  const reminders = createReminderScheduler({
    mailer,
    today,
    intervalMs: config.reminders.sweepIntervalMs,
    sendHours: config.reminders.sendHours,
    onSweep: ({ sent, failures }) => {
      for (const { participantId, error } of failures) reminderLog.error({ err: error, participantId }, 'reminder failed');
      reminderLog[sent > 0 ? 'info' : 'debug']({ sent, failed: failures.length }, 'reminder sweep');
    },
    onError: (error) => reminderLog.error({ err: error }, 'reminder sweep failed'),
  });
  const housekeeping = createHousekeeping({
    intervalMs: HOUSEKEEPING_INTERVAL_MS,
    tasks: {
      ...SESSION_EXPIRY_TASKS,
      rateLimits: (now) => rateLimits.sweep(now),
      // Urgency and statutory status move with the date: the caseload's stored rows are worked out again each day.
      caseloads: () => rebuildStaleCaseloads(today()),
      // Attached files' bytes a crash left with no row naming them.
      unlistedAttachmentFiles: (now) => sweepUnlistedAttachmentFiles(now),
    },
    onSweep: (counts) => logger.debug({ module: 'housekeeping', ...counts }, 'expired records deleted'),
    onError: (error) => logger.error({ module: 'housekeeping', err: error }, 'housekeeping sweep failed'),
  });
  // Links are built from PUBLIC_URL (required in production), else from the port listened on.
  let listeningPort = config.http.port;
  const http = createHttpApp(
    {
      config,
      events,
      reportContent: realtime.reportContent,
      today,
      mailer,
      publicUrl: () => publicBaseUrl(config.http, listeningPort),
      rateLimits,
      signInThrottle: createSignInThrottle(rateLimits),
    },
    logger.child({ module: 'http' }),
  );
  const server = createServer(http);
  realtime.attach(server);
  return {
    server,
    realtime,
    events,
    reminders,
    housekeeping,
    rateLimits,
    listen: async (port, host) => {
      // Join the other processes first, so nothing this one does is missed by them.
      if (cluster) await events.connect(cluster.bus);
      await realtime.start();
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          listeningPort = (server.address() as AddressInfo).port;
          resolve(listeningPort);
        });
      });
    },
    close: async () => {
      await Promise.all([reminders.stop(), housekeeping.stop()]);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await realtime.close();
      server.closeAllConnections();
      await closed;
    },
  };
}
