import { Schema, model } from 'mongoose';

/**
 * A school's caseload entries as a whole, one document per school:
 * - `asOf`: the day every entry was last checked for. The daily rebuild rewrites only the
 *   entries whose content changed and then moves this one date, instead of marking every entry
 *   (FerretDB updates entries one by one: marking 1,333 of 2,000 took over two minutes).
 *   Readers rebuild first whenever it is not today.
 * - `epoch`, `version` and `changes`: what lets every process keep the school's entries in
 *   memory and know, from this one document, whether its copy is current (decision 73,
 *   services/caseload/caseload-memory.ts). Every write of entries adds one to `version` and
 *   then records the pupils it wrote in `changes`, in the slot `version % CHANGE_SLOTS`; a new
 *   `epoch` says "read everything again" (a first build, or a rebuild that changed many).
 */
const caseloadStateSchema = new Schema(
  {
    /** The school's id. */
    _id: { type: Schema.Types.ObjectId, required: true },
    /** The day (England) every entry of the school was last checked for. */
    asOf: { type: String, required: true },
    /** Changes with a new epoch when a copy of the entries must be read again whole. */
    epoch: { type: String, default: '' },
    /** How many writes of entries there have been in this epoch. */
    version: { type: Number, default: 0 },
    /**
     * The pupils each recent write touched, by slot (`version % CHANGE_SLOTS`, as a string key):
     * `{ epoch, version, ids }`. A slot overwritten by a later write means a copy that far
     * behind reads everything again.
     */
    changes: { type: Schema.Types.Mixed, default: undefined },
  },
  { strict: true, versionKey: false, minimize: false },
);

export const CaseloadState = model('CaseloadState', caseloadStateSchema);
