import mongoose from 'mongoose';

/** How long the health check waits for the database's answer before calling it down. */
export const HEALTH_PING_TIMEOUT_MS = 2_000;

/**
 * Database status for the health endpoint: a real round trip, not just the driver's state. A
 * database that does not answer within `timeoutMs` (frozen, partitioned) is reported down,
 * rather than leaving the health check hanging and a load balancer waiting.
 */
export async function checkDatabase(timeoutMs = HEALTH_PING_TIMEOUT_MS): Promise<{ status: 'up' | 'down'; latencyMs?: number }> {
  const db = mongoose.connection.db;
  if (mongoose.connection.readyState !== 1 || !db) return { status: 'down' };
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    // The driver's own timeout ends the ping on the server side too; the race covers a socket that never answers.
    const ping = db.command({ ping: 1 }, { timeoutMS: timeoutMs }).then(() => 'ok' as const);
    ping.catch(() => undefined);
    const result = await Promise.race([ping, timedOut]);
    if (result === 'timeout') return { status: 'down' };
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { status: 'down' };
  } finally {
    clearTimeout(timer);
  }
}
