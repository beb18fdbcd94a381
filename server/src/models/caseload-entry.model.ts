import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * The caseload's read model: one entry per pupil with a review, holding the current cycle's
 * caseload row as worked out for `asOf`, and the keys the caseload is filtered and sorted on as
 * top-level fields (FerretDB pushes filters down only on top-level fields). Written only by
 * `services/caseload/caseload-entries.ts`: when a pupil's or a review's facts change, and for
 * every entry of a school once a day, because urgency and statutory status move with the date.
 */
const caseloadEntrySchema = new Schema(
  {
    /** The pupil's id: one entry per pupil, for their current (latest) review cycle. */
    _id: { type: Schema.Types.ObjectId, required: true },
    schoolId: { type: Schema.Types.ObjectId, required: true },
    reviewId: { type: Schema.Types.ObjectId, required: true },
    /**
     * The day (England) the row was written for. A later day's rebuild leaves an unchanged entry
     * as it is; the school's `CaseloadState` says which day every entry was checked for.
     */
    asOf: { type: String, required: true },
    /**
     * Which facts the row was worked out from: the later `updatedAt` of pupil and review, then
     * `asOf`. A write never replaces an entry with a greater stamp (see caseload-entries.ts).
     */
    stamp: { type: String, required: true },
    /** Lower-cased display name: search and the "by name" order. */
    nameKey: { type: String, required: true },
    upn: { type: String, default: null },
    yearGroup: { type: Number, required: true },
    la: { type: String, default: null },
    stage: { type: String, required: true },
    /** Index of the urgency in URGENCIES: most urgent first. */
    urgencyRank: { type: Number, required: true },
    actionDueDate: { type: String, required: true },
    statutoryDate: { type: String, required: true },
    /** The caseload groups the row is in (overdue, behind, year9, transfer, under5). */
    groups: { type: [String], default: [] },
    /** 0 a phase transfer at risk, 1 one not at risk, 2 none: the transfer group lists risks first. */
    transferRank: { type: Number, required: true },
    /** The CaseloadRow itself, as the API answers it. */
    row: { type: Schema.Types.Mixed, required: true },
  },
  { strict: true, minimize: false, versionKey: false },
);
// Read whole per school (services/caseload/caseload-memory.ts), or one by `_id`; pages are
// searched, sorted and counted in memory (decision 73), so no index per order is needed.
caseloadEntrySchema.index({ schoolId: 1, asOf: 1 });

export type CaseloadEntryDoc = InferSchemaType<typeof caseloadEntrySchema>;
export const CaseloadEntry = model('CaseloadEntry', caseloadEntrySchema);
