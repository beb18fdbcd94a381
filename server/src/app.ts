import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config/index.ts';
import { DomainEventBus } from './events/index.ts';
import { createHttpApp } from './http/index.ts';
import { createMailer } from './mail/index.ts';
import type { Logger } from './logging/index.ts';
import { attachRealtime, createDocRegistry, type Realtime } from './realtime/index.ts';
import { todayInEngland, type Mailer } from './services/index.ts';

/** The assembled application on one HTTP server, not yet listening. */
export interface App {
  server: Server;
  realtime: Realtime;
  events: DomainEventBus;
  /** Starts listening; resolves with the bound port (use port 0 in tests). */
  listen(port: number, host?: string): Promise<number>;
  /** Graceful stop: stop accepting, flush documents, close Socket.io, close the HTTP server. */
  close(): Promise<void>;
}

/** Composition root: wires HTTP, realtime and services from injected config (no process.env here). */
export function createApp(
  config: Readonly<Config>,
  logger: Logger,
  options: { today?: () => string; mailer?: Mailer } = {},
): App {
  const events = new DomainEventBus();
  const registry = createDocRegistry(config, logger);
  const http = createHttpApp(
    {
      config,
      events,
      reportContent: registry,
      today: options.today ?? (() => todayInEngland()),
      mailer: options.mailer ?? createMailer(config),
    },
    logger.child({ module: 'http' }),
  );
  const server = createServer(http);
  const realtime = attachRealtime({ server, config, events, registry, log: logger });
  return {
    server,
    realtime,
    events,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      }),
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await realtime.close();
      server.closeAllConnections();
      await closed;
    },
  };
}
