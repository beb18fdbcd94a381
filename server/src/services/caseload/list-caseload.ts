import type { CaseloadPage, CaseloadQuery, CaseloadRow } from '@ehcp/shared';
import { Review } from '../../models/index.ts';
import { ensureCaseloadCurrent } from './caseload-entries.ts';
import { heldCaseload } from './caseload-memory.ts';
import { caseloadPageOf, type HeldCaseload } from './caseload-page.ts';
import { rowOnDay } from './caseload-row.ts';

const NOTHING_HELD: HeldCaseload = { entries: [], inOrder: () => [] };

/** The school's stored caseload entries, worked out for `asOf`, as this process holds them. */
async function currentEntries(schoolId: string, asOf: string): Promise<HeldCaseload> {
  const state = await ensureCaseloadCurrent(schoolId, asOf);
  return state ? heldCaseload(schoolId, state) : NOTHING_HELD;
}

/**
 * The reviews a staff member may see under involved-only visibility: the visibility rule is a
 * filter on reviews (auth/policies), and these are few, so they are listed first.
 */
async function visibleReviewIds(schoolId: string, visibleReviews?: Record<string, unknown>): Promise<Set<string> | undefined> {
  if (!visibleReviews) return undefined;
  const reviews = await Review.find({ ...visibleReviews, schoolId }, { _id: 1 }).lean();
  return new Set(reviews.map((review) => String(review._id)));
}

/**
 * One page of a school's caseload: searched, filtered, sorted and counted on the stored caseload
 * entries (caseload-entries.ts) as this process holds them (caseload-memory.ts, decision 73).
 * @param asOf today's date (YYYY-MM-DD) in England.
 * @param visibleReviews the viewer's `visibleReviewFilter`, when not everything is theirs to see.
 */
export async function listCaseload(
  schoolId: string,
  query: CaseloadQuery,
  asOf: string,
  visibleReviews?: Record<string, unknown>,
): Promise<CaseloadPage> {
  const [held, visible] = await Promise.all([currentEntries(schoolId, asOf), visibleReviewIds(schoolId, visibleReviews)]);
  return caseloadPageOf(held, query, asOf, visible);
}

/** Every row of a school's caseload, most urgent first (the calendar feed). */
export async function listAllCaseloadRows(schoolId: string, asOf: string): Promise<CaseloadRow[]> {
  const held = await currentEntries(schoolId, asOf);
  return held.inOrder('urgency').map((entry) => rowOnDay(entry.row, asOf));
}
