import mongoose from 'mongoose';

/** Database status for the health endpoint: a real round trip, not just the driver's state. */
export async function checkDatabase(): Promise<{ status: 'up' | 'down'; latencyMs?: number }> {
  const db = mongoose.connection.db;
  if (mongoose.connection.readyState !== 1 || !db) return { status: 'down' };
  const started = performance.now();
  try {
    await db.admin().ping();
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { status: 'down' };
  }
}
