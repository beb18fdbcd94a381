import mongoose from 'mongoose';
import { createApp } from './app.ts';
import { connectCluster } from './cluster/index.ts';
import { loadConfig, publicBaseUrl } from './config/index.ts';
import { toError } from './errors/index.ts';
import { createLogger } from './logging/index.ts';
import { DEMO_ACCOUNTS, fillAddressBooks, migratePupilNames, seedDemoSchool } from './services/index.ts';

/** Process entry: config → Mongo → demo data → HTTP + realtime → shutdown hooks. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${toError(error).message}\n`);
    process.exit(1);
  }
  const logger = createLogger(config.log);
  await mongoose.connect(config.mongo.uri, { serverSelectionTimeoutMS: 15_000 });
  logger.info({ module: 'db' }, 'connected to database');
  const migrated = await migratePupilNames();
  if (migrated > 0) logger.info({ migrated }, 'gave stored pupils a given and a family name');
  const remembered = await fillAddressBooks();
  if (remembered > 0) logger.info({ remembered }, 'filled address books from earlier invitations');
  if (config.seedDemo && (await seedDemoSchool())) logger.info('created the demo school');

  // Several processes share documents, freezes, events, Socket.io and rate limits through Redis.
  const cluster = config.redis.url ? await connectCluster(config.redis.url, logger.child({ module: 'cluster' })) : null;
  if (cluster) logger.info({ module: 'cluster', processId: cluster.bus.processId }, 'joined the cluster on Redis');
  const app = createApp(config, logger, { cluster });
  const port = await app.listen(config.http.port, config.http.host);
  const url = publicBaseUrl(config.http, port);
  logger.info({ port }, 'listening');
  app.reminders.start();
  app.housekeeping.start();
  if (config.seedDemo) {
    const logins = DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(6)} ${a.email} / ${a.password}`).join('\n');
    process.stdout.write(`\nEHCP review workspace is running at ${url}\nDemo logins (fictional school):\n${logins}\n\n`);
  }

  let stopping = false;
  const shutdown = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    const force = setTimeout(() => process.exit(code || 1), 10_000);
    force.unref();
    try {
      await app.close();
      await cluster?.close();
      await mongoose.disconnect();
    } catch (error) {
      logger.error({ err: toError(error) }, 'error during shutdown');
    }
    process.exit(code);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
  process.on('SIGINT', () => void shutdown('SIGINT', 0));
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    void shutdown('uncaughtException', 1);
  });
  process.on('unhandledRejection', (error) => {
    logger.fatal({ err: toError(error) }, 'unhandled rejection');
    void shutdown('unhandledRejection', 1);
  });
}

void main().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${toError(error).message}\n`);
  process.exit(1);
});
