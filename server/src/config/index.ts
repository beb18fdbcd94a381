import { randomBytes } from 'node:crypto';
import proxyAddr from 'proxy-addr';
import { z } from 'zod';
import { DEFAULT_REMINDER_SEND_HOURS, type ReminderSendHours } from '@ehcp/shared';

/**
 * `scheme://host[:port]` of an http(s) URL as browsers send it in the `Origin` header (host
 * lower-cased, default port dropped), or null when the value is not an http(s) URL.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/**
 * Environment schema. This file is the only reader of process.env in the server; everything
 * else receives the typed, frozen config object (tests build one with `buildConfig`).
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Address to listen on: loopback unless set (`0.0.0.0` serves every network the machine is on). */
  HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * Base URL of every link the app hands out (emails, LA links, calendar feeds). Required in
   * production; elsewhere it defaults to http://localhost:<port>. Never taken from a request.
   */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .refine((url) => !/[?#]/.test(url), 'must not have a query or fragment')
    .optional(),
  /**
   * Further origins (comma-separated, e.g. https://a.example,https://b.example) whose pages may
   * use the API and open document and Socket.io connections, besides PUBLIC_URL's own.
   */
  ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const origins: string[] = [];
      for (const entry of (value ?? '')
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)) {
        const origin = originOf(entry);
        if (!origin) ctx.addIssue({ code: 'custom', message: `"${entry}" is not an http(s) origin` });
        else origins.push(origin);
      }
      return origins;
    }),
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'must be a mongodb:// or mongodb+srv:// URI'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Folder of the built client to serve; omitted in API-only tests. */
  CLIENT_DIST: z.string().optional(),
  /** Create the demo school on first start (default on, except in production). */
  SEED_DEMO: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  /** Set the Secure attribute on cookies; on by default in production. */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Milliseconds accepted document updates are gathered before one database write. */
  PERSIST_BATCH_MS: z.coerce.number().int().min(0).max(10_000).optional(),
  /** Milliseconds authorising a document connection and loading its document may take (then 1011, try again). */
  COLLAB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).optional(),
  /** Document connection attempts allowed per IP address per minute (raise behind a proxy or NAT). */
  COLLAB_CONNECT_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).optional(),
  /** SMTP server for outgoing mail, e.g. smtp://user:pass@host:587 or smtps://…:465; unset keeps mail in the outbox only. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  /** Sender of outgoing mail, e.g. "EHCP reviews <reviews@school.example>". */
  MAIL_FROM: z.string().min(3).max(320).default('EHCP reviews <no-reply@localhost>'),
  /** Seconds between sweeps for due contribution reminders; 0 turns automatic reminders off. */
  REMINDER_SWEEP_SECONDS: z.coerce.number().int().min(0).max(86_400).default(900),
  /** Hours (England) automatic reminders go out, as HH-HH (from inclusive, until exclusive); default 08-20. */
  REMINDER_SEND_HOURS: z
    .string()
    .regex(/^\d{2}-\d{2}$/, 'must be two hours written HH-HH, e.g. 08-20')
    .transform((value) => {
      const [from, until] = value.split('-').map(Number) as [number, number];
      return { from, until };
    })
    .refine(({ from, until }) => from < until && until <= 24, 'must be an earlier hour, then a later one up to 24')
    .optional(),
  /**
   * Secret key of the HMAC-SHA256 kept in place of an LA link viewer's IP address. Unset: a random
   * key per process, so hashes from before and after a restart cannot be compared.
   */
  ADDRESS_HASH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /**
   * Secret (32+ characters) from which the key that encrypts personal links kept in the outbox
   * is derived. Unset outside production: a random key per process, so links kept before a
   * restart can no longer be shown (the SENDCo resends the invitation instead).
   */
  OUTBOX_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /**
   * Where rate-limit counters live: `redis` (shared by every process; the default with REDIS_URL),
   * `mongo` (shared by every process; the default without) or `memory` (this process only).
   */
  RATE_LIMIT_STORE: z.enum(['redis', 'mongo', 'memory']).optional(),
  /**
   * Redis for several server processes (redis:// or rediss://): documents, freezes, domain events,
   * Socket.io and rate limits cross processes through it. Unset: one process, nothing shared.
   */
  /**
   * Which reverse proxies may tell the client's address in X-Forwarded-For (Express's `trust
   * proxy`): comma-separated addresses or subnets, or loopback, linklocal, uniquelocal.
   */
  TRUST_PROXY: z
    .string()
    .default('loopback')
    .refine((value) => {
      try {
        proxyAddr.compile(value.split(',').map((part) => part.trim()));
        return true;
      } catch {
        return false;
      }
    }, 'must be addresses or subnets (comma-separated), or loopback, linklocal or uniquelocal'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/[^\s]+$/, 'must be a redis:// or rediss:// URL')
    .optional(),
});

/** Variables production cannot run without: links, hashes and keys must not depend on a request or a restart. */
const REQUIRED_IN_PRODUCTION = {
  PUBLIC_URL: 'links in emails and LA links would otherwise be built from an address the server guesses',
  ADDRESS_HASH_SECRET: 'LA link viewers’ address hashes would otherwise change on every restart',
  OUTBOX_SECRET: 'personal links kept in the outbox would otherwise be unreadable after every restart',
} as const;

/** Variables several processes cannot run without: each would otherwise make up its own key. */
const REQUIRED_WITH_REDIS = {
  ADDRESS_HASH_SECRET: 'each process would hash addresses (and rate-limit keys) with its own key',
  OUTBOX_SECRET: 'a link kept in the outbox by one process could not be read by another',
} as const;

export type Env = z.input<typeof EnvSchema>;

/** Limits and timings of the document server (see docs/architecture.md, "Limits"). */
export interface RealtimeLimits {
  /** Largest WebSocket frame accepted for documents (bytes); larger frames close with 1009. */
  maxFrameBytes: number;
  /** Largest a document may grow to (bytes of encoded updates); beyond it updates close with 4413. */
  maxDocBytes: number;
  /**
   * Most structs (Yjs items and collected ranges) one document may hold; beyond it updates close
   * with 4413. Memory follows structs, not bytes: ~440 bytes of heap per struct measured.
   */
  maxDocStructs: number;
  /** Deepest nesting of shared types an update may create; deeper updates close with 4400. */
  maxNestingDepth: number;
  /** Connections one document accepts at once; more are closed with 4429. */
  maxConnectionsPerDoc: number;
  /** Connection attempts one IP address may make per minute; more are refused with HTTP 429. */
  maxConnectionAttemptsPerMinute: number;
  /** Sustained messages per second per connection (token bucket), and the burst allowed. */
  messagesPerSecond: number;
  messageBurst: number;
  /**
   * The same for presence messages, counted apart and higher: y-websocket echoes every presence
   * change it hears, so each participant sends one message for every caret move in the meeting.
   */
  awarenessPerSecond: number;
  awarenessBurst: number;
  /** Sustained bytes per second per connection, and the burst allowed (a reconnect's catch-up). */
  bytesPerSecond: number;
  byteBurst: number;
  /** Bytes a client may send before its connection is authorised and its document loaded. */
  maxEarlyBytes: number;
  /** Milliseconds between WebSocket pings; a connection that misses one is terminated. */
  pingIntervalMs: number;
  /** Milliseconds to wait for a client's answer to a request for its state before asking again. */
  stateRequestRetryMs: number;
  /** Milliseconds authorising a connection and loading its document may take before it closes with 1011. */
  connectTimeoutMs: number;
  /** Unsent bytes queued to one connection before it is closed (it reconnects and resyncs). */
  maxBufferedBytes: number;
  /** Milliseconds updates are gathered before one write to the update log. */
  persistBatchMs: number;
  /** Milliseconds an idle document stays in memory after its last connection closes. */
  unloadGraceMs: number;
  /** Compact a loaded document's update log once it holds this many entries or bytes. */
  compactAfterUpdates: number;
  compactAfterBytes: number;
}

/** Production defaults for the document server. */
export const DEFAULT_REALTIME_LIMITS: Readonly<RealtimeLimits> = Object.freeze({
  maxFrameBytes: 8 * 1024 * 1024, // a reconnecting client's catch-up can be a large part of a document
  maxDocBytes: 16 * 1024 * 1024,
  maxDocStructs: 150_000,
  maxNestingDepth: 48,
  maxConnectionsPerDoc: 50,
  maxConnectionAttemptsPerMinute: 120,
  messagesPerSecond: 100,
  messageBurst: 300,
  awarenessPerSecond: 500,
  awarenessBurst: 1_500,
  bytesPerSecond: 1024 * 1024,
  byteBurst: 16 * 1024 * 1024,
  maxEarlyBytes: 8 * 1024 * 1024,
  pingIntervalMs: 4_000,
  stateRequestRetryMs: 5_000,
  connectTimeoutMs: 10_000,
  maxBufferedBytes: 8 * 1024 * 1024,
  persistBatchMs: 25,
  unloadGraceMs: 10_000,
  compactAfterUpdates: 500,
  compactAfterBytes: 1024 * 1024,
});

/** Typed, grouped configuration consumed by createApp and the realtime layer. */
export interface Config {
  env: 'development' | 'production' | 'test';
  http: {
    port: number;
    host: string;
    publicUrl: string | undefined;
    clientDist: string | undefined;
    /**
     * Origins whose pages may make state-changing requests and open WebSockets: PUBLIC_URL's and
     * ALLOWED_ORIGINS. Empty (no PUBLIC_URL): the request's own Host is the only allowed origin.
     */
    allowedOrigins: readonly string[];
    /** Proxies believed about the client's address (TRUST_PROXY), for Express and for WebSocket upgrades. */
    trustProxy: string;
  };
  mongo: { uri: string };
  auth: { cookieSecure: boolean; sessionTtlMs: number };
  realtime: RealtimeLimits;
  log: { level: string; pretty: boolean };
  seedDemo: boolean;
  /** Outgoing mail: without an SMTP URL every message stays in the outbox. */
  mail: { smtpUrl: string | undefined; from: string };
  /** Automatic contribution reminders: sweep interval (0 = off) and the hours they may go out. */
  reminders: { sweepIntervalMs: number; sendHours: ReminderSendHours };
  /** Key of the address hashes in the audit trail; `isEphemeral` when generated for this process only. */
  addressHash: { secret: string; isEphemeral: boolean };
  /** Secret the outbox's link-encryption key is derived from; `isEphemeral` when generated for this process only. */
  outbox: { secret: string; isEphemeral: boolean };
  /** Rate-limit counters' store (see server/src/rate-limits). */
  rateLimits: { store: 'redis' | 'mongo' | 'memory' };
  /** Redis for several processes; undefined for one process. */
  redis: { url: string | undefined };
}

/** Parses an environment map into a frozen Config, throwing a readable error listing every problem. */
export function buildConfig(source: Record<string, string | undefined>): Readonly<Config> {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(env)'}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';
  const missing = [
    ...(isProduction
      ? Object.entries(REQUIRED_IN_PRODUCTION)
          .filter(([name]) => !env[name as keyof typeof env])
          .map(([name, why]) => `  ${name}: is required when NODE_ENV=production (${why})`)
      : []),
    ...(env.REDIS_URL
      ? Object.entries(REQUIRED_WITH_REDIS)
          .filter(([name]) => !env[name as keyof typeof env] && !(isProduction && name in REQUIRED_IN_PRODUCTION))
          .map(([name, why]) => `  ${name}: is required with REDIS_URL, when several processes run (${why})`)
      : []),
  ];
  if (env.RATE_LIMIT_STORE === 'redis' && !env.REDIS_URL) missing.push('  RATE_LIMIT_STORE: redis needs REDIS_URL');
  if (missing.length > 0) throw new Error(`Invalid configuration:\n${missing.join('\n')}`);
  return Object.freeze({
    env: env.NODE_ENV,
    http: {
      port: env.PORT,
      host: env.HOST,
      publicUrl: env.PUBLIC_URL,
      clientDist: env.CLIENT_DIST,
      trustProxy: env.TRUST_PROXY,
      allowedOrigins: Object.freeze(
        [...new Set([...(env.PUBLIC_URL ? [originOf(env.PUBLIC_URL)!] : []), ...env.ALLOWED_ORIGINS])].filter(Boolean),
      ),
    },
    mongo: { uri: env.MONGODB_URI },
    auth: { cookieSecure: env.COOKIE_SECURE ?? isProduction, sessionTtlMs: env.SESSION_TTL_HOURS * 3_600_000 },
    realtime: {
      ...DEFAULT_REALTIME_LIMITS,
      persistBatchMs: env.PERSIST_BATCH_MS ?? DEFAULT_REALTIME_LIMITS.persistBatchMs,
      maxConnectionAttemptsPerMinute:
        env.COLLAB_CONNECT_ATTEMPTS_PER_MINUTE ?? DEFAULT_REALTIME_LIMITS.maxConnectionAttemptsPerMinute,
      connectTimeoutMs: env.COLLAB_CONNECT_TIMEOUT_MS ?? DEFAULT_REALTIME_LIMITS.connectTimeoutMs,
    },
    log: { level: env.LOG_LEVEL, pretty: !isProduction && process.stdout.isTTY === true },
    seedDemo: env.SEED_DEMO ?? !isProduction,
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    reminders: {
      sweepIntervalMs: env.REMINDER_SWEEP_SECONDS * 1000,
      sendHours: env.REMINDER_SEND_HOURS ?? { ...DEFAULT_REMINDER_SEND_HOURS },
    },
    addressHash: {
      secret: env.ADDRESS_HASH_SECRET ?? randomBytes(32).toString('base64url'),
      isEphemeral: env.ADDRESS_HASH_SECRET === undefined,
    },
    outbox: {
      secret: env.OUTBOX_SECRET ?? randomBytes(32).toString('base64url'),
      isEphemeral: env.OUTBOX_SECRET === undefined,
    },
    rateLimits: { store: env.RATE_LIMIT_STORE ?? (env.REDIS_URL ? 'redis' : 'mongo') },
    redis: { url: env.REDIS_URL },
  });
}

/**
 * The base of every link the app hands out, without a trailing slash: PUBLIC_URL, or (only
 * outside production, where PUBLIC_URL is required) http://localhost:<the port listened on>.
 */
export function publicBaseUrl(http: Pick<Config['http'], 'publicUrl'>, listeningPort: number): string {
  return (http.publicUrl ?? `http://localhost:${listeningPort}`).replace(/\/+$/, '');
}

/** Reads the process environment. Only main.ts calls this. */
export function loadConfig(): Readonly<Config> {
  return buildConfig(process.env);
}
