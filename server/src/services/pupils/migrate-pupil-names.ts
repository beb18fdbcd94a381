import { Pupil, splitDisplayName } from '../../models/index.ts';

/**
 * Gives every pupil stored before names were split (no `givenName`) a given and a family name,
 * from the display name they were stored under: imports stored "Surname, Forename" cells as
 * "Forename Surname" already, so the last word is the family name. Idempotent and safe to run at
 * every start: it only touches pupils still without a `givenName`, and leaves `name` and the
 * import match key as they were (decision 63).
 * @returns how many pupils it changed.
 */
export async function migratePupilNames(): Promise<number> {
  const pending = await Pupil.find({ $or: [{ givenName: null }, { givenName: { $exists: false } }] }, { name: 1 }).lean();
  if (pending.length === 0) return 0;
  await Pupil.bulkWrite(
    pending.map((pupil) => ({
      updateOne: { filter: { _id: pupil._id, givenName: null }, update: { $set: splitDisplayName(pupil.name) } },
    })),
    { ordered: false },
  );
  return pending.length;
}
