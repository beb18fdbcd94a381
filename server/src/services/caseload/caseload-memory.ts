import type { CaseloadRow } from '@ehcp/shared';
import { CaseloadEntry } from '../../models/index.ts';
import { CHANGE_SLOTS, MAX_RECORDED_IDS, slotOf, type CaseloadStateView } from './caseload-changes.ts';
import { COMPARE, type CaseloadOrder, type HeldCaseload, type HeldEntry } from './caseload-page.ts';

/**
 * Each process's copy of the caseload entries of the schools it was recently asked for
 * (decision 73). A copy is current when its epoch and version are the school's `CaseloadState`'s,
 * which every request reads anyway (one `_id` lookup); a copy a few writes behind fetches only
 * the pupils those writes touched, by `_id`; otherwise it reads the school's entries again.
 * So a page costs a lookup and work in memory, whatever the caseload's size and the database,
 * and a write on any process is seen by every process's next request.
 */

/** Entries held across all schools before the least recently read school is let go. */
const MAX_HELD_ENTRIES = 100_000;
/** Pupils a copy catches up on one by one; more than this and it reads the school again. */
const MAX_FETCHED = MAX_RECORDED_IDS;
/** `_id` lookups in flight at once while catching up. */
const FETCH_CONCURRENCY = 8;

const FIELDS = {
  reviewId: 1,
  nameKey: 1,
  upn: 1,
  yearGroup: 1,
  la: 1,
  stage: 1,
  urgencyRank: 1,
  actionDueDate: 1,
  statutoryDate: 1,
  groups: 1,
  transferRank: 1,
  row: 1,
} as const;

type StoredEntry = { _id: unknown; reviewId: unknown; row: unknown } & Omit<HeldEntry, 'id' | 'reviewId' | 'row'>;

function heldOf(stored: StoredEntry): HeldEntry {
  return {
    id: String(stored._id),
    reviewId: String(stored.reviewId),
    nameKey: stored.nameKey,
    upn: stored.upn ?? null,
    yearGroup: stored.yearGroup,
    la: stored.la ?? null,
    stage: stored.stage,
    urgencyRank: stored.urgencyRank,
    actionDueDate: stored.actionDueDate,
    statutoryDate: stored.statutoryDate,
    groups: stored.groups ?? [],
    transferRank: stored.transferRank,
    row: stored.row as CaseloadRow,
  };
}

/** One school's copy: its entries by pupil, and each order sorted when first asked for. */
class SchoolCopy implements HeldCaseload {
  private readonly byId: Map<string, HeldEntry>;
  private list: HeldEntry[] | null = null;
  private readonly orders = new Map<CaseloadOrder, HeldEntry[]>();

  constructor(
    readonly epoch: string,
    public version: number,
    entries: HeldEntry[],
  ) {
    this.byId = new Map(entries.map((entry) => [entry.id, entry]));
  }

  get size(): number {
    return this.byId.size;
  }

  get entries(): readonly HeldEntry[] {
    this.list ??= [...this.byId.values()];
    return this.list;
  }

  inOrder(order: CaseloadOrder): readonly HeldEntry[] {
    let sorted = this.orders.get(order);
    if (!sorted) {
      sorted = [...this.entries].sort(COMPARE[order]);
      this.orders.set(order, sorted);
    }
    return sorted;
  }

  /** Puts fresh entries in, takes out the pupils that have none now. */
  patch(ids: readonly string[], fresh: readonly (HeldEntry | null)[]): void {
    ids.forEach((id, index) => {
      const entry = fresh[index];
      if (entry) this.byId.set(id, entry);
      else this.byId.delete(id);
    });
    this.list = null;
    this.orders.clear();
  }
}

/** Copies by school, least recently read first (a Map keeps insertion order). */
const copies = new Map<string, SchoolCopy>();
/** Per school, the last read or catch-up in flight: they run one after another, so a slower, older fetch never overwrites a newer one. */
const queues = new Map<string, Promise<unknown>>();

async function readWhole(schoolId: string, state: CaseloadStateView): Promise<SchoolCopy> {
  const stored = await CaseloadEntry.find({ schoolId }, FIELDS).lean<StoredEntry[]>();
  return new SchoolCopy(state.epoch, state.version, stored.map(heldOf));
}

/** The pupils written since `version`, or null when some of those writes are no longer (or not yet) recorded. */
function idsWrittenSince(version: number, state: CaseloadStateView): string[] | null {
  if (state.version - version > CHANGE_SLOTS) return null;
  const ids = new Set<string>();
  for (let next = version + 1; next <= state.version; next++) {
    const change = state.changes[slotOf(next)];
    if (!change || change.epoch !== state.epoch || change.version !== next) return null;
    for (const id of change.ids) ids.add(id);
  }
  return [...ids];
}

async function fetchEntries(ids: readonly string[]): Promise<(HeldEntry | null)[]> {
  const fresh: (HeldEntry | null)[] = new Array(ids.length).fill(null);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < ids.length; index = next++) {
      const stored = await CaseloadEntry.findById(ids[index], FIELDS).lean<StoredEntry>();
      fresh[index] = stored ? heldOf(stored) : null;
    }
  };
  await Promise.all(Array.from({ length: Math.min(FETCH_CONCURRENCY, ids.length) }, worker));
  return fresh;
}

/** Brings the school's copy to `state` (reading only what changed when it can) and returns it. */
async function bringUpToDate(schoolId: string, state: CaseloadStateView): Promise<SchoolCopy> {
  const copy = copies.get(schoolId);
  if (copy && copy.epoch === state.epoch && copy.version >= state.version) return copy;
  const ids = copy && copy.epoch === state.epoch ? idsWrittenSince(copy.version, state) : null;
  if (copy && ids && ids.length <= MAX_FETCHED) {
    copy.patch(ids, await fetchEntries(ids));
    copy.version = state.version;
    return copy;
  }
  const whole = await readWhole(schoolId, state);
  copies.set(schoolId, whole);
  return whole;
}

/** Lets go of the least recently read schools while more than MAX_HELD_ENTRIES are held. */
function letGoOfOldest(keep: string): void {
  let held = [...copies.values()].reduce((sum, copy) => sum + copy.size, 0);
  for (const [schoolId, copy] of copies) {
    if (held <= MAX_HELD_ENTRIES) break;
    if (schoolId === keep) continue;
    copies.delete(schoolId);
    held -= copy.size;
  }
}

/**
 * The school's caseload entries as of `state` (its `CaseloadState`, read for this request): this
 * process's copy, brought up to date first when the school was written since.
 */
export async function heldCaseload(schoolId: string, state: CaseloadStateView): Promise<HeldCaseload> {
  const previous = queues.get(schoolId) ?? Promise.resolve();
  const current = previous.catch(() => undefined).then(() => bringUpToDate(schoolId, state));
  queues.set(schoolId, current);
  try {
    const copy = await current;
    // Most recently read last.
    copies.delete(schoolId);
    copies.set(schoolId, copy);
    letGoOfOldest(schoolId);
    return copy;
  } finally {
    if (queues.get(schoolId) === current) queues.delete(schoolId);
  }
}
