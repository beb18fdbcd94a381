import {
  CASELOAD_GROUPS,
  UPN_PATTERN,
  URGENCIES,
  type CaseloadGroup,
  type CaseloadPage,
  type CaseloadQuery,
  type CaseloadRow,
  type CaseloadSort,
} from '@ehcp/shared';
import { rowOnDay } from './caseload-row.ts';

/** One stored caseload entry as a process holds it (see caseload-memory.ts): its keys and its row. */
export interface HeldEntry {
  /** The pupil's id (the entry's `_id`), as hex. */
  id: string;
  reviewId: string;
  nameKey: string;
  upn: string | null;
  yearGroup: number;
  la: string | null;
  stage: string;
  urgencyRank: number;
  actionDueDate: string;
  statutoryDate: string;
  groups: readonly string[];
  transferRank: number;
  row: CaseloadRow;
}

/** The orders a page can be read in: the query's sort, and within the transfer group, risk first. */
export type CaseloadOrder = 'urgency' | 'transfer-urgency' | 'name' | 'statutory';

/** A school's held entries, and the same entries in each order (sorted once, kept until they change). */
export interface HeldCaseload {
  readonly entries: readonly HeldEntry[];
  inOrder(order: CaseloadOrder): readonly HeldEntry[];
}

/** The order of a query. Pure. */
export function orderOf(sort: CaseloadSort, group: CaseloadGroup): CaseloadOrder {
  if (sort === 'name' || sort === 'statutory') return sort;
  return group === 'transfer' ? 'transfer-urgency' : 'urgency';
}

/**
 * Strings by UTF-16 code unit, as `<` compares them: the same order as MongoDB's binary one for
 * every character outside the astral planes, and a total order, so pages never overlap.
 */
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byName = (a: HeldEntry, b: HeldEntry) => byString(a.nameKey, b.nameKey) || byString(a.id, b.id);
const byUrgency = (a: HeldEntry, b: HeldEntry) =>
  a.urgencyRank - b.urgencyRank || byString(a.actionDueDate, b.actionDueDate) || byName(a, b);

/**
 * How each order compares two entries; each ends on the name and then the id, so it is total.
 * The id is hex, so it sorts as the ObjectId's bytes do.
 */
export const COMPARE: Record<CaseloadOrder, (a: HeldEntry, b: HeldEntry) => number> = {
  urgency: byUrgency,
  'transfer-urgency': (a, b) => a.transferRank - b.transferRank || byUrgency(a, b),
  name: byName,
  statutory: (a, b) => byString(a.statutoryDate, b.statutoryDate) || byName(a, b),
};

/** Whether an entry passes the query's search and filters (not its group). Pure. */
function matcherOf(query: CaseloadQuery, visibleReviewIds?: ReadonlySet<string>): (entry: HeldEntry) => boolean {
  const name = query.q?.toLowerCase();
  // A query that is a UPN (in any case) also matches that pupil's UPN exactly.
  const upn = query.q && UPN_PATTERN.test(query.q.toUpperCase()) ? query.q.toUpperCase() : undefined;
  const urgencyRank = query.urgency === undefined ? undefined : URGENCIES.indexOf(query.urgency);
  return (entry) =>
    (query.yearGroup === undefined || entry.yearGroup === query.yearGroup) &&
    (query.la === undefined || entry.la === query.la) &&
    (query.stage === undefined || entry.stage === query.stage) &&
    (urgencyRank === undefined || entry.urgencyRank === urgencyRank) &&
    (name === undefined || entry.nameKey.includes(name) || (upn !== undefined && entry.upn === upn)) &&
    (visibleReviewIds === undefined || visibleReviewIds.has(entry.reviewId));
}

const inGroup = (entry: HeldEntry, group: CaseloadGroup) => group === 'all' || entry.groups.includes(group);

function countsOf(entries: readonly HeldEntry[]): Record<CaseloadGroup, number> {
  const counts = Object.fromEntries(CASELOAD_GROUPS.map((group) => [group, 0])) as Record<CaseloadGroup, number>;
  for (const entry of entries) {
    counts.all += 1;
    for (const group of entry.groups) if (group in counts && group !== 'all') counts[group as CaseloadGroup] += 1;
  }
  return counts;
}

function optionsOf(entries: readonly HeldEntry[]): CaseloadPage['options'] {
  const yearGroups = new Set(entries.map((entry) => entry.yearGroup));
  const las = new Set(entries.map((entry) => entry.la).filter((la): la is string => Boolean(la)));
  return { yearGroups: [...yearGroups].sort((a, b) => a - b), las: [...las].sort((a, b) => a.localeCompare(b)) };
}

/**
 * One page of a school's caseload from its held entries: searched, filtered, in the query's
 * order, with the count of each group under the same search and filters, and the year groups and
 * local authorities of the whole school for the filters to offer. Pure.
 * @param asOf today's date (England): the rows' day counts are worked out for it.
 * @param visibleReviewIds the reviews the viewer may see, when not everything is theirs to see.
 */
export function caseloadPageOf(
  held: HeldCaseload,
  query: CaseloadQuery,
  asOf: string,
  visibleReviewIds?: ReadonlySet<string>,
): CaseloadPage {
  const matches = matcherOf(query, visibleReviewIds);
  const filtered = held.inOrder(orderOf(query.sort, query.group)).filter(matches);
  const counts = countsOf(filtered);
  const start = (query.page - 1) * query.pageSize;
  const page = filtered.filter((entry) => inGroup(entry, query.group)).slice(start, start + query.pageSize);
  return {
    asOf,
    rows: page.map((entry) => rowOnDay(entry.row, asOf)),
    total: counts[query.group],
    page: query.page,
    pageSize: query.pageSize,
    counts,
    options: optionsOf(held.entries),
  };
}
