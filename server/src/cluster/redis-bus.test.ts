import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServer } from '../../../scripts/redis-server.ts';
import { createLogger } from '../logging/index.ts';
import { waitFor } from '../test/wait-for.ts';
import { connectRedisBus } from './redis-bus.ts';

/**
 * The cluster bus on a real Redis: when a process's subscriber link drops and comes back, it is
 * subscribed again and told so (what was published meanwhile was lost: the realtime layer then
 * resynchronises documents, freezes and access).
 */
const log = createLogger({ level: 'silent', pretty: false });
let redis: RedisServer;

beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis.stop();
});

describe('the Redis cluster bus', () => {
  it('tells its listeners when the subscriber link comes back, and delivers again on the same channels', async () => {
    const a = await connectRedisBus(redis.url, log);
    const b = await connectRedisBus(redis.url, log);
    const received: string[] = [];
    let reconnects = 0;
    a.onReconnect(() => reconnects++);
    await a.subscribe('doc:x', (message) => received.push(message.toString()));
    b.publish('doc:x', 'before');
    await waitFor(() => received.includes('before'));
    expect(reconnects).toBe(0);
    await b.commands.client('KILL', 'TYPE', 'pubsub'); // drops every subscriber link (a's)
    await waitFor(() => reconnects === 1);
    await waitFor(async () => (await b.subscriberCount('doc:x')) === 1);
    b.publish('doc:x', 'after');
    await waitFor(() => received.includes('after'));
    await Promise.all([a.close(), b.close()]);
  });
});
