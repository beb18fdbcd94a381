import mongoose from 'mongoose';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createApp, type App } from '../../app.ts';
import { buildConfig } from '../../config/index.ts';
import { createLogger } from '../../logging/index.ts';
import { startTcpProxy, type TcpProxy } from '../../test/tcp-proxy.ts';

/**
 * Issue 10, item 6: with the database frozen (connected, never answering), the health check
 * answers 503 within its 2-second timeout instead of hanging and then saying "ok". The app's
 * database connection goes through a TCP proxy that the test freezes.
 */
let proxy: TcpProxy;
let app: App;
let baseUrl: string;

beforeAll(async () => {
  const target = new URL(inject('mongoUri'));
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port) });
  const viaProxy = new URL(inject('mongoUri'));
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  await mongoose.connect(viaProxy.toString(), {
    dbName: `test_${randomBytes(6).toString('hex')}`,
    serverSelectionTimeoutMS: 15_000,
  });
  const config = buildConfig({ NODE_ENV: 'test', MONGODB_URI: viaProxy.toString(), LOG_LEVEL: 'silent', PORT: '0' });
  app = createApp(config, createLogger(config.log));
  baseUrl = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
});
afterAll(async () => {
  proxy.thaw();
  await app.close();
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
  await proxy.close();
});

const health = async () => {
  const response = await fetch(`${baseUrl}/api/health`);
  return { status: response.status, body: (await response.json()) as { status: string; database: { status: string } } };
};

it('answers 503 "degraded" when the database does not answer within 2 seconds, and 200 again once it does', async () => {
  expect(await health()).toMatchObject({ status: 200, body: { status: 'ok', database: { status: 'up' } } });
  proxy.freeze();
  // Without the timeout this request would hang (the ping never returns) until the test times out.
  const frozen = await health();
  expect(frozen).toMatchObject({ status: 503, body: { status: 'degraded', database: { status: 'down' } } });
  proxy.thaw();
  let recovered = await health();
  for (let attempt = 0; attempt < 20 && recovered.status !== 200; attempt += 1) recovered = await health();
  expect(recovered.status).toBe(200);
});
