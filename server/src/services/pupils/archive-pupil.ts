import { reportDocName, type PupilView } from '@ehcp/shared';
import type { StaffPrincipal } from '../../auth/index.ts';
import { AppError } from '../../errors/index.ts';
import { Pupil, Review } from '../../models/index.ts';
import { recordPupilEvent } from './pupil-audit.ts';
import { onPupilFactsChanged } from './pupil-facts-changed.ts';
import { pupilRecords } from './pupil-records.ts';
import { loadSchoolPupil, viewOfPupil } from './save-pupil.ts';
import { refreshCaseloadEntries } from '../caseload/index.ts';
import { todayInEngland } from '../clock.ts';
import type { DomainEventBus } from '../../events/index.ts';
import type { ReportContentPort } from '../ports/index.ts';

/** What deleting a pupil needs beyond the database: closing and deleting their review's documents. */
export interface DeletePupilDeps {
  events: DomainEventBus;
  reportContent: ReportContentPort;
}

/**
 * Archives a pupil (they leave the caseload and This week; their reviews and records stay and
 * open by their address) or brings them back. Archiving an archived pupil changes nothing.
 */
export async function archivePupil(staff: StaffPrincipal, pupilId: string, archived: boolean): Promise<PupilView> {
  const pupil = await loadSchoolPupil(staff.schoolId, pupilId);
  if (Boolean(pupil.archivedAt) !== archived) {
    const before = pupil.archivedAt ? pupil.archivedAt.toISOString() : null;
    pupil.archivedAt = archived ? new Date() : null;
    await pupil.save();
    await recordPupilEvent(staff, archived ? 'pupil.archived' : 'pupil.unarchived', pupilId, {
      archivedAtBefore: before,
      archivedAtAfter: pupil.archivedAt ? pupil.archivedAt.toISOString() : null,
    });
    await onPupilFactsChanged(pupilId);
  }
  return viewOfPupil(staff.schoolId, pupil);
}

/**
 * Deletes a pupil and their empty reviews: only for a wrong import row, while no review has
 * anyone invited, a contribution, an outcome or is finalised. Anything else is archived instead.
 * The review's report document (notes typed before anyone was invited) is deleted with it.
 * @throws AppError pupil_has_records (409).
 */
export async function deletePupil(deps: DeletePupilDeps, staff: StaffPrincipal, pupilId: string): Promise<void> {
  const pupil = await loadSchoolPupil(staff.schoolId, pupilId);
  const records = (await pupilRecords(staff.schoolId, [pupilId])).get(pupilId)!;
  if (!records.canDelete)
    throw new AppError(
      'pupil_has_records',
      409,
      'This pupil’s review has people invited, contributions or an outcome, so it cannot be deleted. Archive the pupil instead.',
    );
  const reviewIds = (await Review.find({ schoolId: staff.schoolId, pupilId: pupil._id }, { _id: 1 }).lean()).map((r) =>
    String(r._id),
  );
  await Review.deleteMany({ schoolId: staff.schoolId, pupilId: pupil._id });
  await Pupil.deleteOne({ _id: pupil._id });
  // The review is gone, so no connection is authorised again; open ones close in every process,
  // then the report's stored text (notes typed before anyone was invited) is deleted too.
  for (const reviewId of reviewIds) {
    deps.events.emit('review.deleted', { reviewId, schoolId: staff.schoolId });
    await deps.reportContent.discard(reportDocName(reviewId));
  }
  await refreshCaseloadEntries(staff.schoolId, [pupilId], todayInEngland());
  await recordPupilEvent(staff, 'pupil.deleted', pupilId, { name: pupil.name, dateOfBirth: pupil.dateOfBirth });
}
