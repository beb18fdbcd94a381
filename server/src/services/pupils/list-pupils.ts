import type { PupilView } from '@ehcp/shared';
import { Pupil } from '../../models/index.ts';
import { presentPupil } from './present-pupil.ts';
import { pupilRecords } from './pupil-records.ts';

/** The school's pupils for the Pupils page, by family then given name; archived ones only when asked. */
export async function listPupils(schoolId: string, show: 'active' | 'archived' | 'all'): Promise<PupilView[]> {
  const filter =
    show === 'all'
      ? { schoolId }
      : show === 'archived'
        ? { schoolId, archivedAt: { $ne: null } }
        : { schoolId, archivedAt: null };
  const pupils = await Pupil.find(filter, { matchKey: 0, importId: 0 }).lean();
  const records = await pupilRecords(
    schoolId,
    pupils.map((p) => String(p._id)),
  );
  return pupils
    .map((pupil) => presentPupil(pupil, records.get(String(pupil._id))!))
    .sort((a, b) => a.familyName.localeCompare(b.familyName) || a.givenName.localeCompare(b.givenName));
}
