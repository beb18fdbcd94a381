import { randomUUID } from 'node:crypto';
import { CaseloadState } from '../../models/index.ts';

/**
 * How many recent writes a school's `CaseloadState` remembers. A process whose copy of the
 * entries is further behind than this reads them all again (caseload-memory.ts).
 */
export const CHANGE_SLOTS = 64;

/**
 * Pupils one write may record. A write of more (an import, a rebuild after a long gap) starts a
 * new epoch instead: the state stays small, and copies read the school again.
 */
export const MAX_RECORDED_IDS = 200;

/** One write of entries: which pupils it touched, in which epoch, as which version. */
export interface CaseloadChange {
  epoch: string;
  version: number;
  ids: string[];
}

/** What a reader needs of a school's `CaseloadState`. */
export interface CaseloadStateView {
  asOf: string;
  epoch: string;
  version: number;
  changes: Record<string, CaseloadChange | undefined>;
}

/** The slot a version's change is recorded in. */
export const slotOf = (version: number) => String(version % CHANGE_SLOTS);

/**
 * Records, after they are written, that some pupils' entries changed: one more version, then
 * the pupils in its slot. A reader between the two finds the slot not yet written and reads
 * everything again, which is slow but right. A school never built has no state yet: its first
 * reader builds it and starts an epoch, so there is nothing to record.
 */
export async function recordCaseloadChange(schoolId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  if (ids.length > MAX_RECORDED_IDS) {
    await CaseloadState.updateOne({ _id: schoolId }, { $set: { epoch: randomUUID(), version: 0, changes: {} } });
    return;
  }
  const state = await CaseloadState.findOneAndUpdate(
    { _id: schoolId },
    { $inc: { version: 1 } },
    { returnDocument: 'after' },
  ).lean();
  if (!state) return;
  const change: CaseloadChange = { epoch: state.epoch, version: state.version, ids: ids.map(String) };
  await CaseloadState.updateOne({ _id: schoolId }, { $set: { [`changes.${slotOf(state.version)}`]: change } });
}

/**
 * Marks the school's entries as checked for `asOf` and starts a new epoch: every process reads
 * them again whole (a first build, or a rebuild that changed too many to fetch one by one).
 */
export async function startCaseloadEpoch(schoolId: string, asOf: string): Promise<void> {
  await CaseloadState.updateOne(
    { _id: schoolId },
    { $set: { asOf, epoch: randomUUID(), version: 0, changes: {} } },
    { upsert: true },
  );
}

/** Reads the school's state, or null when it was never built. */
export async function readCaseloadState(schoolId: string): Promise<CaseloadStateView | null> {
  const state = await CaseloadState.findById(schoolId).lean();
  if (!state) return null;
  return {
    asOf: state.asOf,
    epoch: state.epoch,
    version: state.version,
    changes: (state.changes ?? {}) as CaseloadStateView['changes'],
  };
}
