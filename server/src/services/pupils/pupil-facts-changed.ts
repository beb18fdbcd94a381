/**
 * The one call point after a pupil's facts change (added, edited, archived or brought back).
 * Reviews store only facts today and every date is derived when read, so there is nothing to
 * recompute yet; a review that stores derived fields (stage, next statutory date) recomputes
 * them here, so every path that changes a pupil reaches it (decision 63).
 */
export async function onPupilFactsChanged(pupilId: string): Promise<void> {
  void pupilId;
}
