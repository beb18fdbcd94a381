import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../logging/index.ts';
import type { ClusterBus } from './cluster-bus.ts';

/** Releases a lease only if it is still ours (a lease that lapsed may belong to someone else now). */
const RELEASE_IF_OURS = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * The cluster bus on Redis, through ioredis: one connection publishes and runs commands, one
 * subscribes (a subscribed Redis connection can do nothing else). ioredis reconnects and
 * re-subscribes by itself; messages published while a link is down are lost, which is why
 * documents also exchange state vectors periodically (redis-fanout.ts).
 */
export async function connectRedisBus(url: string, log: Logger): Promise<ClusterBus & { commands: Redis }> {
  const processId = randomUUID();
  const options = { lazyConnect: true, maxRetriesPerRequest: 3, connectionName: `ehcp-${processId.slice(0, 8)}` };
  // Every keystroke and caret move is a PUBLISH: those made in one event-loop turn leave in one
  // write (order kept, one connection), instead of a system call each.
  const commands = new Redis(url, { ...options, enableAutoPipelining: true });
  const subscriber = new Redis(url, options);
  for (const [name, client] of [
    ['commands', commands],
    ['subscriber', subscriber],
  ] as const)
    client.on('error', (error: Error) => log.warn({ err: error, connection: name }, 'redis connection error'));
  await Promise.all([commands.connect(), subscriber.connect()]);
  const listeners = new Map<string, Set<(message: Buffer) => void>>();
  const reconnectListeners = new Set<() => void>();
  // ioredis subscribes again by itself on reconnecting (autoResubscribe); 'ready' follows it.
  subscriber.on('ready', () => {
    log.info('redis subscriber connected again: resynchronising');
    for (const listener of reconnectListeners) listener();
  });
  subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
    for (const listener of listeners.get(channel.toString()) ?? []) {
      try {
        listener(message);
      } catch (error) {
        log.error({ err: error, channel: channel.toString() }, 'cluster message handler failed');
      }
    }
  });
  return {
    processId,
    commands,
    publish: (channel, message) => {
      const body = typeof message === 'string' ? message : Buffer.from(message.buffer, message.byteOffset, message.byteLength);
      commands.publish(channel, body).catch((error: unknown) => log.warn({ err: error, channel }, 'redis publish failed'));
    },
    subscribe: async (channel, listener) => {
      let set = listeners.get(channel);
      if (!set) {
        listeners.set(channel, (set = new Set([listener])));
        try {
          await subscriber.subscribe(channel);
        } catch (error) {
          set.delete(listener);
          if (set.size === 0) listeners.delete(channel);
          throw error;
        }
        return;
      }
      set.add(listener);
    },
    unsubscribe: async (channel, listener) => {
      const set = listeners.get(channel);
      if (!set) return;
      set.delete(listener);
      if (set.size > 0) return;
      listeners.delete(channel);
      await subscriber.unsubscribe(channel);
    },
    subscriberCount: async (channel) => {
      const reply = (await commands.pubsub('NUMSUB', channel)) as [string, number];
      return Number(reply[1] ?? 0);
    },
    acquireLease: async (key, ms) => (await commands.set(`lease:${key}`, processId, 'PX', ms, 'NX')) === 'OK',
    releaseLease: async (key) => {
      await commands.eval(RELEASE_IF_OURS, 1, `lease:${key}`, processId);
    },
    onReconnect: (listener) => {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
    close: async () => {
      reconnectListeners.clear();
      listeners.clear();
      await Promise.allSettled([subscriber.quit(), commands.quit()]);
    },
  };
}

/** What a server process of a several-process deployment shares with the others. */
export interface Cluster {
  bus: ClusterBus;
  /** For commands (rate limits). */
  redis: Redis;
  /** Socket.io's adapter needs a publisher and a subscriber of its own. */
  socketIo: { pub: Redis; sub: Redis };
  close(): Promise<void>;
}

/** Connects to Redis (four connections: bus commands, bus subscriber, Socket.io's two). */
export async function connectCluster(url: string, log: Logger): Promise<Cluster> {
  const bus = await connectRedisBus(url, log);
  const pub = new Redis(url, { lazyConnect: true });
  const sub = new Redis(url, { lazyConnect: true });
  for (const client of [pub, sub]) client.on('error', (error: Error) => log.warn({ err: error }, 'redis connection error'));
  await Promise.all([pub.connect(), sub.connect()]);
  return {
    bus,
    redis: bus.commands,
    socketIo: { pub, sub },
    close: async () => {
      await Promise.allSettled([pub.quit(), sub.quit()]);
      await bus.close();
    },
  };
}
