import { z } from 'zod';
import type { CaseloadRow } from './caseload.schema.ts';
import { LIMITS } from './limits.ts';
import { REVIEW_STAGES, URGENCIES } from './review-cycle.schema.ts';

/** The caseload's groups: each a button with its count; `all` is every plan the other filters keep. */
export const CASELOAD_GROUPS = ['all', 'overdue', 'behind', 'year9', 'transfer', 'under5'] as const;
export type CaseloadGroup = (typeof CASELOAD_GROUPS)[number];

/** Orders of the caseload: most urgent first (the default), by name, by statutory deadline. */
export const CASELOAD_SORTS = ['urgency', 'name', 'statutory'] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

/** A query parameter left blank in a form (`?la=`) means "no filter". */
const blankToUndefined = (value: unknown) => (value === '' ? undefined : value);

/** `GET /api/caseload` query: search, filters, order and page; every part optional. */
export const CaseloadQuerySchema = z.object({
  /** Part of the pupil's name, or a UPN. */
  q: z.preprocess(blankToUndefined, z.string().trim().max(LIMITS.nameMax).optional()),
  group: z.preprocess(blankToUndefined, z.enum(CASELOAD_GROUPS).default('all')),
  /** Year group as the engine numbers it (Reception 0, Nursery -1). */
  yearGroup: z.preprocess(blankToUndefined, z.coerce.number().int().min(-5).max(20).optional()),
  la: z.preprocess(blankToUndefined, z.string().trim().max(LIMITS.laNameMax).optional()),
  stage: z.preprocess(blankToUndefined, z.enum(REVIEW_STAGES).optional()),
  urgency: z.preprocess(blankToUndefined, z.enum(URGENCIES).optional()),
  sort: z.preprocess(blankToUndefined, z.enum(CASELOAD_SORTS).default('urgency')),
  /** 1-based page number. */
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(
    blankToUndefined,
    z.coerce.number().int().min(1).max(LIMITS.caseloadPageMax).default(LIMITS.caseloadPageDefault),
  ),
});
export type CaseloadQuery = z.output<typeof CaseloadQuerySchema>;

/** One page of the caseload, with the counts of each group under the same search and filters. */
export interface CaseloadPage {
  /** The day the rows were worked out for (England). */
  asOf: string;
  rows: CaseloadRow[];
  /** Plans matching the search, filters and group, over all pages. */
  total: number;
  page: number;
  pageSize: number;
  /** Plans per group under the search and filters (not the group). */
  counts: Record<CaseloadGroup, number>;
  /** The values the filters can take in this school's caseload. */
  options: { yearGroups: number[]; las: string[] };
}
