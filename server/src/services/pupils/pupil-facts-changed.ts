import { Pupil } from '../../models/index.ts';
import { refreshCaseloadEntries } from '../caseload/index.ts';
import { todayInEngland } from '../clock.ts';

/**
 * The one call point after a pupil's facts change (added, edited, archived or brought back): the
 * caseload's stored row of the pupil is worked out again (decision 62), or removed when the
 * pupil is archived, so every path that changes a pupil reaches it (decision 64).
 */
export async function onPupilFactsChanged(pupilId: string): Promise<void> {
  const pupil = await Pupil.findById(pupilId, { schoolId: 1 }).lean();
  if (pupil) await refreshCaseloadEntries(String(pupil.schoolId), [pupilId], todayInEngland());
}
