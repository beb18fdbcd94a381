import { KnownDevice, Session } from '../../models/index.ts';
import { createPeriodic, type Periodic } from '../periodic.ts';

/** How many expired records one sweep deleted, by kind. */
export type SweepCounts = Record<string, number>;

/** A kind of expiring record and how to delete what has expired by `now`. */
export type ExpiryTask = (now: Date) => Promise<number>;

/**
 * Expired sessions and known-browser records. They stop working at `expiresAt` whatever
 * happens here (every lookup checks it); deleting them keeps the collections small and leaves
 * nothing behind that once was a credential. FerretDB 1.24 has no TTL indexes, so this sweep,
 * not the database, does it on every engine.
 */
export const SESSION_EXPIRY_TASKS: Readonly<Record<string, ExpiryTask>> = {
  sessions: async (now) => (await Session.deleteMany({ expiresAt: { $lte: now } })).deletedCount,
  knownDevices: async (now) => (await KnownDevice.deleteMany({ expiresAt: { $lte: now } })).deletedCount,
};

/** Runs every task once; a failing task does not stop the others (the first error is rethrown after). */
export async function sweepExpired(tasks: Readonly<Record<string, ExpiryTask>>, now = new Date()): Promise<SweepCounts> {
  const names = Object.keys(tasks);
  const results = await Promise.allSettled(names.map((name) => tasks[name]!(now)));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
  return Object.fromEntries(names.map((name, index) => [name, (results[index] as PromiseFulfilledResult<number>).value]));
}

/** The periodic expiry sweep of one server process. */
export interface Housekeeping extends Periodic {
  /** One sweep now (tests). */
  sweep(now?: Date): Promise<SweepCounts>;
}

/** Deletes expired records every `intervalMs`; sweeps of several processes may overlap harmlessly. */
export function createHousekeeping(options: {
  intervalMs: number;
  tasks: Readonly<Record<string, ExpiryTask>>;
  onSweep: (counts: SweepCounts) => void;
  onError: (error: unknown) => void;
}): Housekeeping {
  const sweep = (now = new Date()) => sweepExpired(options.tasks, now);
  const tick = () => sweep().then(options.onSweep, options.onError);
  return { ...createPeriodic(options.intervalMs, tick), sweep };
}
