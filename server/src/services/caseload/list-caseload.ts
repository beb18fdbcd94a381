import {
  CASELOAD_GROUPS,
  type CaseloadGroup,
  type CaseloadPage,
  type CaseloadQuery,
  type CaseloadRow,
  type CaseloadSort,
  URGENCIES,
} from '@ehcp/shared';
import { Types } from 'mongoose';
import { CaseloadEntry, Review } from '../../models/index.ts';
import { ensureCaseloadCurrent } from './caseload-entries.ts';
import { rowOnDay } from './caseload-row.ts';

type Filter = Record<string, unknown>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The search and filters of a query, without its group. */
function filterOf(schoolId: string, query: CaseloadQuery): Filter {
  const filter: Filter = { schoolId };
  if (query.yearGroup !== undefined) filter.yearGroup = query.yearGroup;
  if (query.la !== undefined) filter.la = query.la;
  if (query.stage !== undefined) filter.stage = query.stage;
  if (query.urgency !== undefined) filter.urgencyRank = URGENCIES.indexOf(query.urgency);
  if (query.q) {
    const name = { nameKey: { $regex: escapeRegExp(query.q.toLowerCase()) } };
    filter.$or = /^[A-Za-z]\d{11}[0-9A-Za-z]$/.test(query.q) ? [name, { upn: query.q.toUpperCase() }] : [name];
  }
  return filter;
}

const withGroup = (filter: Filter, group: CaseloadGroup): Filter => (group === 'all' ? filter : { ...filter, groups: group });

/**
 * Narrows the entries to the reviews a staff member may see under involved-only visibility: the
 * visibility rule is a filter on reviews (auth/policies), and these are few, so they are listed first.
 */
async function visibleEntries(schoolId: string, visibleReviews?: Record<string, unknown>): Promise<Filter> {
  if (!visibleReviews) return {};
  const reviews = await Review.find({ ...visibleReviews, schoolId }, { _id: 1 }).lean();
  return { reviewId: { $in: reviews.map((review) => review._id) } };
}

/** Entries counted by their combination of groups, year group and LA. */
type Tally = { _id: { groups: CaseloadGroup[] | null; yearGroup: number; la: string | null }; count: number }[];

/**
 * Counts entries by their combination of groups, year group and LA: one pass whose answer is a
 * few hundred rows at most, from which the total, every group's count and the filter values
 * are added up here (FerretDB reads the whole collection for each query, so queries are what
 * the page costs there; on MongoDB this is one index range scan).
 */
function tally(filter: Filter): Promise<Tally> {
  return CaseloadEntry.aggregate<Tally[number]>([
    { $match: { ...filter, schoolId: new Types.ObjectId(filter.schoolId as string) } },
    { $group: { _id: { groups: '$groups', yearGroup: '$yearGroup', la: '$la' }, count: { $sum: 1 } } },
  ]);
}

function countsOf(rows: Tally): Record<CaseloadGroup, number> {
  const counts = Object.fromEntries(CASELOAD_GROUPS.map((group) => [group, 0])) as Record<CaseloadGroup, number>;
  for (const { _id, count } of rows) {
    counts.all += count;
    for (const group of _id.groups ?? []) if (group in counts && group !== 'all') counts[group] += count;
  }
  return counts;
}

function optionsOf(rows: Tally): CaseloadPage['options'] {
  const yearGroups = new Set(rows.map((row) => row._id.yearGroup));
  const las = new Set(rows.map((row) => row._id.la).filter((la): la is string => Boolean(la)));
  return { yearGroups: [...yearGroups].sort((a, b) => a - b), las: [...las].sort((a, b) => a.localeCompare(b)) };
}

/** Sort orders; each ends on the name and then the id, so pages never overlap or skip a row. */
function sortOf(sort: CaseloadSort, group: CaseloadGroup): Record<string, 1 | -1> {
  const byName = { nameKey: 1, _id: 1 } as const;
  if (sort === 'name') return byName;
  if (sort === 'statutory') return { statutoryDate: 1, ...byName };
  // Within the transfer group, transfers at risk first, then by urgency.
  const risk = group === 'transfer' ? { transferRank: 1 } : {};
  return { ...risk, urgencyRank: 1, actionDueDate: 1, ...byName } as Record<string, 1 | -1>;
}

/**
 * One page of a school's caseload, searched, filtered and sorted in the database on the stored
 * caseload entries (see caseload-entries.ts), with the count of each group under the same
 * search and filters and the year groups and local authorities the filters can offer.
 * @param asOf today's date (YYYY-MM-DD) in England.
 * @param visibleReviews the viewer's `visibleReviewFilter`, when not everything is theirs to see.
 */
export async function listCaseload(
  schoolId: string,
  query: CaseloadQuery,
  asOf: string,
  visibleReviews?: Record<string, unknown>,
): Promise<CaseloadPage> {
  await ensureCaseloadCurrent(schoolId, asOf);
  const filter = { ...filterOf(schoolId, query), ...(await visibleEntries(schoolId, visibleReviews)) };
  // The filter values offered are the school's, whatever is searched; with no search or filter
  // (the first page) one tally serves both.
  const isWholeSchool = Object.keys(filter).length === 1;
  const [entries, filtered, whole] = await Promise.all([
    CaseloadEntry.find(withGroup(filter, query.group), { row: 1 })
      .sort(sortOf(query.sort, query.group))
      .skip((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .lean(),
    tally(filter),
    isWholeSchool ? null : tally({ schoolId }),
  ]);
  const counts = countsOf(filtered);
  return {
    asOf,
    rows: entries.map((entry) => rowOnDay(entry.row as CaseloadRow, asOf)),
    total: counts[query.group],
    page: query.page,
    pageSize: query.pageSize,
    counts,
    options: optionsOf(whole ?? filtered),
  };
}

/** Every row of a school's caseload, most urgent first (the calendar feed). */
export async function listAllCaseloadRows(schoolId: string, asOf: string): Promise<CaseloadRow[]> {
  await ensureCaseloadCurrent(schoolId, asOf);
  const entries = await CaseloadEntry.find({ schoolId }, { row: 1 }).sort(sortOf('urgency', 'all')).lean();
  return entries.map((entry) => rowOnDay(entry.row as CaseloadRow, asOf));
}
