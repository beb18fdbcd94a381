import { Schema, model } from 'mongoose';

/**
 * Which day a school's caseload entries were last checked for, one document per school. The
 * daily rebuild rewrites only the entries whose content changed and then moves this one date,
 * instead of marking every entry (FerretDB updates entries one by one: marking 1,333 of 2,000
 * took over two minutes). Readers rebuild first whenever it is not today.
 */
const caseloadStateSchema = new Schema(
  {
    /** The school's id. */
    _id: { type: Schema.Types.ObjectId, required: true },
    /** The day (England) every entry of the school was last checked for. */
    asOf: { type: String, required: true },
  },
  { strict: true, versionKey: false },
);

export const CaseloadState = model('CaseloadState', caseloadStateSchema);
