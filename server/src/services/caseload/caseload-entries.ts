import { isDeepStrictEqual } from 'node:util';
import type { AnyBulkWriteOperation } from 'mongoose';
import { CaseloadEntry, CaseloadState, Review, type CaseloadEntryDoc } from '../../models/index.ts';
import { readCaseloadState, recordCaseloadChange, startCaseloadEpoch, type CaseloadStateView } from './caseload-changes.ts';
import { caseloadKeysOf, caseloadRowOf, storedRowOf } from './caseload-row.ts';
import { loadCurrentCycles, type CurrentCycle } from './current-cycles.ts';

/** MongoDB's duplicate-key error: here, an upsert that met an entry with a greater stamp. */
const DUPLICATE_KEY = 11000;
/**
 * Operations per bulk write. FerretDB 1.24 stopped answering a bulk update of about a hundred
 * upserts on both its backends (measured while building this); MongoDB takes any size.
 */
const WRITE_CHUNK = 50;
/** Entries per insert of a first build. */
const INSERT_CHUNK = 1000;

type Entry = Omit<CaseloadEntryDoc, '_id'> & { _id: unknown };

/** Which facts an entry is worked out from: the later `updatedAt` of pupil and review (ISO, so it sorts). */
function stampOf({ pupil, review }: CurrentCycle): string {
  return new Date(Math.max(pupil.updatedAt?.getTime() ?? 0, review.updatedAt?.getTime() ?? 0)).toISOString();
}

function entryOf(cycle: CurrentCycle, asOf: string): Entry {
  const row = caseloadRowOf(cycle, asOf);
  return {
    _id: cycle.pupil._id,
    schoolId: cycle.pupil.schoolId,
    reviewId: cycle.review._id,
    asOf,
    stamp: stampOf(cycle),
    row: storedRowOf(row),
    ...caseloadKeysOf(row, cycle.pupil),
  };
}

/**
 * Writes entries, each only over an entry with a smaller or equal stamp, so that of two writers
 * racing (an edit and the daily rebuild, or two processes) the one that read the later facts
 * wins: the conditional upsert finds no entry to update, tries to insert, and meets the
 * duplicate key, which is the expected outcome and not an error.
 */
async function writeEntries(entries: Entry[]): Promise<void> {
  for (let start = 0; start < entries.length; start += WRITE_CHUNK) {
    const operations: AnyBulkWriteOperation[] = entries.slice(start, start + WRITE_CHUNK).map(({ _id, ...fields }) => ({
      updateOne: { filter: { _id, stamp: { $lte: fields.stamp } }, update: { $set: fields }, upsert: true },
    }));
    try {
      await CaseloadEntry.bulkWrite(operations, { ordered: false });
    } catch (error) {
      const writeErrors = (error as { writeErrors?: { code?: number }[] }).writeErrors;
      if (!writeErrors || writeErrors.some((writeError) => writeError.code !== DUPLICATE_KEY)) throw error;
    }
  }
}

/**
 * Inserts entries that did not exist when the rebuild read them, in large batches (a first build
 * of 10,000 plans as conditional upserts took minutes on FerretDB; as inserts, seconds). An entry
 * someone else inserted meanwhile is left as they wrote it (the duplicate key is expected).
 */
async function insertNewEntries(entries: Entry[]): Promise<void> {
  for (let start = 0; start < entries.length; start += INSERT_CHUNK) {
    try {
      await CaseloadEntry.insertMany(entries.slice(start, start + INSERT_CHUNK), { ordered: false, lean: true });
    } catch (error) {
      const writeErrors = (error as { writeErrors?: { code?: number; err?: { code?: number } }[] }).writeErrors;
      const codes = (writeErrors ?? []).map((writeError) => writeError.code ?? writeError.err?.code);
      if (!writeErrors || codes.some((code) => code !== DUPLICATE_KEY)) throw error;
    }
  }
}

/**
 * Replaces entries last worked out for another day, in large batches: delete, then insert. A
 * conditional upsert each took ~100 ms on FerretDB/SQLite with 2,000 entries and a day's
 * rebuild of 2,000 did not finish in minutes; a batch delete and insert take seconds. Only
 * entries still from another day are deleted, so an entry someone wrote meanwhile for this day
 * (an edit's refresh, with later facts) stays, and the insert then meets its key and leaves it.
 * Readers never see the gap between the two: they wait for a rebuild while the school was checked
 * for another day (`ensureCaseloadCurrent`), and the school is marked for this day only at the end.
 */
async function replaceEarlierDays(schoolId: string, asOf: string, entries: Entry[]): Promise<void> {
  for (let start = 0; start < entries.length; start += INSERT_CHUNK) {
    const chunk = entries.slice(start, start + INSERT_CHUNK);
    await CaseloadEntry.deleteMany({ schoolId, _id: { $in: chunk.map((entry) => String(entry._id)) }, asOf: { $ne: asOf } });
    await insertNewEntries(chunk);
  }
}

/**
 * Works out again the caseload entries of some pupils of a school, after their facts or their
 * review's changed (import, booking, recorded dates, finalisation, an edit of the pupil). A
 * pupil left without a review loses their entry.
 */
export async function refreshCaseloadEntries(schoolId: string, pupilIds: readonly string[], asOf: string): Promise<void> {
  if (pupilIds.length === 0) return;
  const cycles = await loadCurrentCycles(schoolId, asOf, { pupilIds });
  await writeEntries(cycles.map((cycle) => entryOf(cycle, asOf)));
  const kept = new Set(cycles.map((cycle) => String(cycle.pupil._id)));
  const gone = pupilIds.filter((id) => !kept.has(String(id)));
  if (gone.length > 0) await CaseloadEntry.deleteMany({ schoolId, _id: { $in: gone } });
  await recordCaseloadChange(schoolId, pupilIds);
}

/** The fields that make an entry's content, compared as JSON (ids as strings, key order ignored). */
const CONTENT = [
  'reviewId',
  'stamp',
  'row',
  'nameKey',
  'upn',
  'yearGroup',
  'la',
  'stage',
  'urgencyRank',
  'actionDueDate',
  'statutoryDate',
  'groups',
  'transferRank',
] as const;
/** Content as JSON with absent and null alike: a field stored as null may be undefined when worked out. */
const contentOf = (entry: Record<string, unknown>) =>
  JSON.parse(
    JSON.stringify(
      CONTENT.map((field) => entry[field] ?? null),
      (_key, value: unknown) => (value === null ? undefined : value),
    ),
  ) as unknown;

/** Whether a stored entry says the same as a freshly worked-out one, but for the day it was checked. */
function isUnchanged(stored: Record<string, unknown> | undefined, fresh: Entry): boolean {
  return stored !== undefined && isDeepStrictEqual(contentOf(stored), contentOf(fresh as Record<string, unknown>));
}

/**
 * Works out every entry of a school for `asOf`: once a day (urgency and statutory status move
 * with the date), and whenever a reader finds the school checked for another day. Only entries
 * whose content changed are written (day counts are not stored, so most entries do not change
 * from one day to the next); then the school's `CaseloadState` records `asOf`. Entries of pupils
 * that no longer have a review are removed.
 * @returns how many entries were written.
 */
export async function rebuildCaseloadEntries(schoolId: string, asOf: string): Promise<number> {
  const startedAt = new Date().toISOString();
  const [cycles, stored] = await Promise.all([loadCurrentCycles(schoolId, asOf), CaseloadEntry.find({ schoolId }).lean()]);
  const storedById = new Map(stored.map((entry) => [String(entry._id), entry as unknown as Record<string, unknown>]));
  const fresh = cycles.map((cycle) => entryOf(cycle, asOf));
  const changed = fresh.filter((entry) => !isUnchanged(storedById.get(String(entry._id)), entry));
  const storedAsOf = (entry: Entry) => storedById.get(String(entry._id))?.asOf;
  await insertNewEntries(changed.filter((entry) => storedAsOf(entry) === undefined));
  await replaceEarlierDays(
    schoolId,
    asOf,
    changed.filter((entry) => storedAsOf(entry) !== undefined && storedAsOf(entry) !== asOf),
  );
  await writeEntries(changed.filter((entry) => storedAsOf(entry) === asOf));
  // Gone pupils' entries; an entry whose facts changed after the load began is someone's new write.
  const kept = new Set(fresh.map((entry) => String(entry._id)));
  const gone = stored.filter((entry) => !kept.has(String(entry._id)) && entry.stamp < startedAt).map((entry) => entry._id);
  if (gone.length > 0) await CaseloadEntry.deleteMany({ schoolId, _id: { $in: gone }, stamp: { $lt: startedAt } });
  // Copies held in memory catch up on what was written (caseload-changes.ts); then every other
  // entry is right for `asOf` as it stands: one date for the school, not a write per entry.
  await recordCaseloadChange(schoolId, [...changed.map((entry) => String(entry._id)), ...gone.map(String)]);
  const { matchedCount } = await CaseloadState.updateOne({ _id: schoolId }, { $set: { asOf } });
  if (matchedCount === 0) await startCaseloadEpoch(schoolId, asOf);
  return changed.length;
}

/** Whether a school's entries need rebuilding before they are read for `asOf`. */
async function needsRebuild(schoolId: string, state: CaseloadStateView | null, asOf: string): Promise<boolean> {
  if (state) return state.asOf !== asOf;
  return Boolean(await Review.exists({ schoolId }));
}

/** Rebuilds in flight in this process, by school and day, so concurrent readers wait for one. */
const rebuilding = new Map<string, Promise<number>>();

/**
 * Makes sure the school's entries are worked out for `asOf` before they are read: when they were
 * checked for another day (or never, and there are reviews), rebuilds them, once per process
 * however many readers ask.
 * @returns the school's state as the entries now stand, or null when it has no reviews at all.
 */
export async function ensureCaseloadCurrent(schoolId: string, asOf: string): Promise<CaseloadStateView | null> {
  const state = await readCaseloadState(schoolId);
  if (!(await needsRebuild(schoolId, state, asOf))) return state;
  const key = `${schoolId}|${asOf}`;
  let running = rebuilding.get(key);
  if (!running) {
    running = rebuildCaseloadEntries(schoolId, asOf).finally(() => rebuilding.delete(key));
    rebuilding.set(key, running);
  }
  await running;
  return readCaseloadState(schoolId);
}

/**
 * The daily part: rebuilds every school whose entries were checked for another day, and every
 * school that has reviews but was never built (a new deployment, or data written before this existed).
 * Several processes may run it at once: the conditional writes make that harmless.
 * @returns how many schools were rebuilt.
 */
export async function rebuildStaleCaseloads(asOf: string): Promise<number> {
  const [stale, checked, withReviews] = await Promise.all([
    CaseloadState.distinct('_id', { asOf: { $ne: asOf } }),
    CaseloadState.distinct('_id'),
    Review.distinct('schoolId'),
  ]);
  const built = new Set(checked.map(String));
  const schools = new Set([...stale.map(String), ...withReviews.map(String).filter((id) => !built.has(id))]);
  for (const schoolId of schools) await ensureCaseloadCurrent(schoolId, asOf);
  return schools.size;
}
