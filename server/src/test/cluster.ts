import { inject } from 'vitest';
import { startRedisServer, type RedisServer } from '../../../scripts/redis-server.ts';
import { startTcpBalancer } from '../../../scripts/tcp-proxy.ts';
import { createServerProcess, type ServerProcess } from './server-process.ts';
import { connectTestDatabase } from './test-app.ts';

/** Several real server processes on one database and one Redis, behind a round-robin balancer. */
export interface TestCluster {
  redis: RedisServer;
  servers: ServerProcess[];
  /** ws:// and http:// of the balancer, which sends each new connection to the next live process. */
  balancer: { wsUrl: string; baseUrl: string };
  stop(): Promise<void>;
}

/** What every process of one deployment must share (docs: REDIS_URL needs both secrets). */
const SHARED_SECRETS = {
  ADDRESS_HASH_SECRET: 'test-address-hash-secret-0123456789abcdef',
  OUTBOX_SECRET: 'test-outbox-secret-0123456789abcdefghijkl',
};

/** Starts Redis, `count` server processes on this test file's database, and a balancer in front. */
export async function startTestCluster(count: number, env: Record<string, string> = {}): Promise<TestCluster> {
  const redis = await startRedisServer();
  const dbName = await connectTestDatabase();
  const uri = new URL(inject('mongoUri'));
  uri.pathname = `/${dbName}`;
  const servers = await Promise.all(
    Array.from({ length: count }, () =>
      createServerProcess(uri.toString(), {
        REDIS_URL: redis.url,
        ...SHARED_SECRETS,
        COLLAB_CONNECT_ATTEMPTS_PER_MINUTE: '100000',
        ...env,
      }),
    ),
  );
  await Promise.all(servers.map((server) => server.start()));
  const balancer = await startTcpBalancer(
    servers.map((server) => ({ host: '127.0.0.1', port: Number(new URL(server.baseUrl).port) })),
  );
  return {
    redis,
    servers,
    balancer: { wsUrl: `ws://127.0.0.1:${balancer.port}`, baseUrl: `http://127.0.0.1:${balancer.port}` },
    stop: async () => {
      await balancer.close();
      await Promise.all(servers.map((server) => server.stop('SIGTERM')));
      await redis.stop();
    },
  };
}
