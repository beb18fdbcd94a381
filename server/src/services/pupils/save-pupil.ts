import type { PupilInput, PupilView } from '@ehcp/shared';
import type { StaffPrincipal } from '../../auth/index.ts';
import { conflict, notFound } from '../../errors/index.ts';
import { displayNameOf, Pupil, pupilMatchKey, Review } from '../../models/index.ts';
import { pupilChanges, recordPupilEvent } from './pupil-audit.ts';
import { onPupilFactsChanged } from './pupil-facts-changed.ts';
import { presentPupil } from './present-pupil.ts';
import { pupilRecords } from './pupil-records.ts';

const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;
const duplicate = () =>
  conflict(
    'pupil_exists',
    'A pupil with this UPN, or with this name and date of birth, is already on the school’s list (perhaps archived).',
  );

/** The stored fields of a pupil from the form: the display name and the import match key follow the parts. */
function storedFieldsOf(input: PupilInput) {
  const name = displayNameOf(input.givenName, input.familyName);
  return { ...input, name, matchKey: pupilMatchKey({ upn: input.upn, name, dateOfBirth: input.dateOfBirth }) };
}

/** Loads one pupil of the school; another school's pupil is indistinguishable from a missing one. */
export async function loadSchoolPupil(schoolId: string, pupilId: string) {
  const pupil = await Pupil.findOne({ _id: pupilId, schoolId });
  if (!pupil) throw notFound('pupil', 'pupil_not_found');
  return pupil;
}

/** The Pupils page's view of one stored pupil. */
export async function viewOfPupil(schoolId: string, pupil: Parameters<typeof presentPupil>[0] & { _id: unknown }) {
  const records = (await pupilRecords(schoolId, [String(pupil._id)])).get(String(pupil._id))!;
  return presentPupil(pupil, records);
}

/**
 * The SENDCo adds a pupil and opens their current review cycle, as an import does (one open
 * review per pupil; its dates are derived from the pupil's facts when read).
 * @throws AppError pupil_exists (409) when the match key (UPN, or name with date of birth) is taken.
 */
export async function createPupil(staff: StaffPrincipal, input: PupilInput): Promise<PupilView> {
  let pupil;
  try {
    pupil = await Pupil.create({ schoolId: staff.schoolId, ...storedFieldsOf(input) });
  } catch (error) {
    if (isDuplicateKey(error)) throw duplicate();
    throw error;
  }
  await Review.create({ schoolId: staff.schoolId, pupilId: pupil._id });
  await recordPupilEvent(staff, 'pupil.created', String(pupil._id), pupilChanges(null, input));
  await onPupilFactsChanged(String(pupil._id));
  return viewOfPupil(staff.schoolId, pupil);
}

/**
 * The SENDCo corrects a pupil's facts. The match key follows (so the next import of a file with
 * the corrected name finds the pupil); a key another pupil holds is refused.
 * @throws AppError pupil_not_found (404), pupil_exists (409).
 */
export async function updatePupil(staff: StaffPrincipal, pupilId: string, input: PupilInput): Promise<PupilView> {
  const pupil = await loadSchoolPupil(staff.schoolId, pupilId);
  const before = pupil.toObject() as Record<string, unknown>;
  const changes = pupilChanges(before, input);
  if (Object.keys(changes).length === 0) return viewOfPupil(staff.schoolId, pupil);
  pupil.set(storedFieldsOf(input));
  try {
    await pupil.save();
  } catch (error) {
    if (isDuplicateKey(error)) throw duplicate();
    throw error;
  }
  await recordPupilEvent(staff, 'pupil.updated', pupilId, changes);
  await onPupilFactsChanged(pupilId);
  return viewOfPupil(staff.schoolId, pupil);
}
