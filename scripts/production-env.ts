import { randomBytes } from 'node:crypto';

/**
 * What a production server (NODE_ENV=production) cannot start without, for the server processes
 * our own tools start on this machine (end-to-end stack, benchmarks): its public URL, and fresh
 * secrets for this run. A real deployment sets its own, kept, values.
 */
export function productionEnv(baseUrl: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    PUBLIC_URL: baseUrl,
    ADDRESS_HASH_SECRET: randomBytes(32).toString('base64url'),
    OUTBOX_SECRET: randomBytes(32).toString('base64url'),
  };
}
