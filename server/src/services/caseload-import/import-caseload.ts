import { randomUUID } from 'node:crypto';
import type { CaseloadImportResult } from '@ehcp/shared';
import { AppError } from '../../errors/index.ts';
import { Pupil, Review } from '../../models/index.ts';
import { refreshCaseloadEntries } from '../caseload/index.ts';
import { readCaseloadCsv, type ImportedPupil } from './read-caseload-csv.ts';

const FACT_KEYS = [
  'name',
  'givenName',
  'familyName',
  'dateOfBirth',
  'upn',
  'planIssuedDate',
  'lastReviewMeetingDate',
  'la',
  'yearGroupOverride',
  'transfer',
] as const;

function factsOf(pupil: ImportedPupil) {
  return Object.fromEntries(FACT_KEYS.map((key) => [key, pupil[key]])) as Pick<ImportedPupil, (typeof FACT_KEYS)[number]>;
}

function isSame(stored: Record<string, unknown>, pupil: ImportedPupil): boolean {
  return FACT_KEYS.every((key) => JSON.stringify(stored[key] ?? null) === JSON.stringify(pupil[key] ?? null));
}

/**
 * Imports a SENDCo's caseload CSV into their school, all or nothing.
 *
 * FerretDB (and MongoDB without a replica set) has no multi-document transactions, so
 * "nothing half-imported" is built from two properties instead:
 * 1. every row is validated before the first write; any error refuses the whole file;
 * 2. every write is an idempotent upsert keyed by the pupil's natural key (unique index
 *    `{schoolId, matchKey}`), and a review is created only for a pupil that has none.
 * If the process dies midway, the rows written so far are complete pupils, and running the
 * same import again finishes the rest without duplicating anything. Rows whose facts did not
 * change are not written at all, so importing the same file twice changes nothing.
 * @throws AppError import_invalid (422) with one detail per row and column.
 */
export async function importCaseload(schoolId: string, csv: string, asOf: string): Promise<CaseloadImportResult> {
  const { pupils, errors } = readCaseloadCsv(csv, asOf);
  if (errors.length > 0) {
    throw new AppError(
      'import_invalid',
      422,
      `The file was not imported: ${errors.length} problem${errors.length === 1 ? '' : 's'} to fix.`,
      {
        details: errors.map((e) => ({ path: `rows.${e.row}.${e.column}`, message: e.message })),
      },
    );
  }
  const importId = randomUUID();
  const matchKeys = pupils.map((p) => p.matchKey);
  const formerKeys = pupils.flatMap((p) => (p.formerMatchKey ? [p.formerMatchKey] : []));
  const existing = await Pupil.find({ schoolId, matchKey: { $in: [...matchKeys, ...formerKeys] } }).lean();
  const existingByKey = new Map(existing.map((doc) => [doc.matchKey, doc]));
  let created = 0;
  let updated = 0;
  const writes = [];
  for (const pupil of pupils) {
    const current = existingByKey.get(pupil.matchKey);
    // Imported before as "Surname, Forename": the same pupil, now stored forename first under the new key.
    const former = current ? undefined : pupil.formerMatchKey ? existingByKey.get(pupil.formerMatchKey) : undefined;
    const stored = current ?? former;
    if (current && isSame(current as unknown as Record<string, unknown>, pupil)) continue;
    if (stored) updated += 1;
    else created += 1;
    writes.push(
      former
        ? {
            updateOne: {
              filter: { schoolId, matchKey: pupil.formerMatchKey! },
              update: { $set: { ...factsOf(pupil), matchKey: pupil.matchKey } },
            },
          }
        : {
            updateOne: {
              filter: { schoolId, matchKey: pupil.matchKey },
              update: { $set: factsOf(pupil), $setOnInsert: { schoolId, matchKey: pupil.matchKey, importId } },
              upsert: true,
            },
          },
    );
  }
  if (writes.length > 0) await Pupil.bulkWrite(writes, { ordered: false });
  const pupilIds = await ensureOpenReviews(schoolId, matchKeys, importId);
  await refreshCaseloadEntries(schoolId, pupilIds, asOf);
  return { importId, rows: pupils.length, created, updated, unchanged: pupils.length - created - updated };
}

/** Gives every imported pupil a review if it has none yet (also completes an interrupted import). */
async function ensureOpenReviews(schoolId: string, matchKeys: string[], importId: string): Promise<string[]> {
  const pupilIds = (await Pupil.find({ schoolId, matchKey: { $in: matchKeys } }, { _id: 1 }).lean()).map((p) => p._id);
  const withReview = new Set(
    (await Review.find({ schoolId, pupilId: { $in: pupilIds } }, { pupilId: 1 }).lean()).map((r) => String(r.pupilId)),
  );
  const missing = pupilIds.filter((id) => !withReview.has(String(id)));
  if (missing.length > 0) await Review.insertMany(missing.map((pupilId) => ({ schoolId, pupilId, importId })));
  return pupilIds.map(String);
}
