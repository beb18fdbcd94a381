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

/**
 * How many entries match the search and filters, in all and in each group: two queries, not
 * one per group (on FerretDB each query reads the whole collection).
 */
async function groupCounts(filter: Filter): Promise<Record<CaseloadGroup, number>> {
  const match = { ...filter, schoolId: new Types.ObjectId(filter.schoolId as string) };
  const [all, byGroup] = await Promise.all([
    CaseloadEntry.countDocuments(filter),
    CaseloadEntry.aggregate<{ _id: CaseloadGroup; count: number }>([
      { $match: match },
      { $unwind: '$groups' },
      { $group: { _id: '$groups', count: { $sum: 1 } } },
    ]),
  ]);
  const counts = Object.fromEntries(CASELOAD_GROUPS.map((group) => [group, 0])) as Record<CaseloadGroup, number>;
  for (const { _id, count } of byGroup) if (_id in counts) counts[_id] = count;
  counts.all = all;
  return counts;
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
  const [entries, counts, options] = await Promise.all([
    CaseloadEntry.find(withGroup(filter, query.group), { row: 1 })
      .sort(sortOf(query.sort, query.group))
      .skip((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .lean(),
    groupCounts(filter),
    CaseloadEntry.aggregate<{ _id: { yearGroup: number; la: string | null } }>([
      { $match: { schoolId: new Types.ObjectId(schoolId) } },
      { $group: { _id: { yearGroup: '$yearGroup', la: '$la' } } },
    ]),
  ]);
  const yearGroups = new Set(options.map((option) => option._id.yearGroup));
  const las = new Set(options.map((option) => option._id.la).filter((la): la is string => Boolean(la)));
  return {
    asOf,
    rows: entries.map((entry) => rowOnDay(entry.row as CaseloadRow, asOf)),
    total: counts[query.group],
    page: query.page,
    pageSize: query.pageSize,
    counts,
    options: {
      yearGroups: [...yearGroups].sort((a, b) => a - b),
      las: [...las].sort((a, b) => a.localeCompare(b)),
    },
  };
}

/** Every row of a school's caseload, most urgent first (the calendar feed). */
export async function listAllCaseloadRows(schoolId: string, asOf: string): Promise<CaseloadRow[]> {
  await ensureCaseloadCurrent(schoolId, asOf);
  const entries = await CaseloadEntry.find({ schoolId }, { row: 1 }).sort(sortOf('urgency', 'all')).lean();
  return entries.map((entry) => rowOnDay(entry.row as CaseloadRow, asOf));
}
