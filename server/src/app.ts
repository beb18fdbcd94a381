import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config/index.ts';
import { DomainEventBus } from './events/index.ts';
import { createHttpApp } from './http/index.ts';
import { createMailer } from './mail/index.ts';
import type { Logger } from './logging/index.ts';
import { createRealtime, type Realtime } from './realtime/index.ts';
import { createReminderScheduler, todayInEngland, type Mailer, type ReminderScheduler } from './services/index.ts';

/** The assembled application on one HTTP server, not yet listening. */
export interface App {
  server: Server;
  realtime: Realtime;
  events: DomainEventBus;
  /** Automatic contribution reminders: `start()` from main.ts; tests call `sweep(today)`. */
  reminders: ReminderScheduler;
  /** Starts listening; resolves with the bound port (use port 0 in tests). */
  listen(port: number, host?: string): Promise<number>;
  /** Graceful stop: stop reminders, stop accepting, flush documents, close Socket.io, close the HTTP server. */
  close(): Promise<void>;
}

/** Composition root: wires HTTP, realtime and services from injected config (no process.env here). */
export function createApp(
  config: Readonly<Config>,
  logger: Logger,
  options: { today?: () => string; mailer?: Mailer } = {},
): App {
  const events = new DomainEventBus();
  const realtime = createRealtime({ config, events, log: logger });
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
  const http = createHttpApp(
    {
      config,
      events,
      reportContent: realtime.reportContent,
      today,
      mailer,
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
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      }),
    close: async () => {
      await reminders.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await realtime.close();
      server.closeAllConnections();
      await closed;
    },
  };
}
