import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { Participant, Pupil, Review, ShareLink } from '../models/index.ts';
import { todayInEngland } from '../services/index.ts';
import type { ParticipantRole } from '@ehcp/shared';
import type { TestClient } from './http-client.ts';
import { prepareForFinalisation } from './meeting-report.ts';
import { inviteParticipant, tokenOf } from './participant-links.ts';
import { startWithTwoSchools, type TwoSchools } from './two-schools.ts';

/**
 * Shared pieces of the authorization matrices (`http/authorization-matrix.test.ts` and
 * `realtime/authorization-matrix.test.ts`): who asks, the table notation, and the fixtures.
 */

/** Every principal a matrix row is tried with, in column order. */
export const PRINCIPAL_KEYS = [
  'sendco',
  'staff',
  'otherSchool',
  'anonymous',
  'parent',
  'professional',
  'participantRevoked',
  'participantExpired',
  'participantOtherReview',
  'la',
  'laRevoked',
  'laExpired',
  'laOtherReview',
] as const;
export type PrincipalKey = (typeof PRINCIPAL_KEYS)[number];

/** Column headings, for failure messages and the tables' header comments. */
export const PRINCIPAL_LABELS: Record<PrincipalKey, string> = {
  sendco: 'SENDCo of the school',
  staff: 'teacher of the school',
  otherSchool: 'SENDCo of another school',
  anonymous: 'no credentials',
  parent: 'parent link',
  professional: 'professional link',
  participantRevoked: 'revoked participant link',
  participantExpired: 'expired participant link',
  participantOtherReview: 'participant link of another review',
  la: 'LA link',
  laRevoked: 'revoked LA link',
  laExpired: 'expired LA link',
  laOtherReview: 'LA link of another review',
};

export type Principal =
  | { kind: 'staff'; cookie: string; email: string; password: string }
  | { kind: 'anonymous' }
  | { kind: 'participant'; token: string; id: string; reviewId: string }
  | { kind: 'la'; token: string; id: string; reviewId: string };

/**
 * Parses one row of cells written in column order, `|` separating the column groups for the
 * reader: `'200 200 404 401 | 401 401 401 401 401 | 401 401 401 401'`.
 */
export function parseCells(cells: string): Record<PrincipalKey, string> {
  const values = cells.split(/\s+/).filter((value) => value !== '' && value !== '|');
  if (values.length !== PRINCIPAL_KEYS.length)
    throw new Error(`expected ${PRINCIPAL_KEYS.length} cells, got ${values.length}: ${cells}`);
  return Object.fromEntries(PRINCIPAL_KEYS.map((key, index) => [key, values[index]!])) as Record<PrincipalKey, string>;
}

/** The path's last segment: the token of a link URL. */
export { tokenOf };

/** A well-formed token that belongs to nothing. */
export const unknownToken = () => randomBytes(32).toString('base64url');

/** A review of the home school, with the strings that identify it (which outsiders must never see). */
export interface HomeReview {
  id: string;
  pupilId: string;
  pupilName: string;
  secrets: string[];
}

/** Links expire by the real clock, so every fixture is built around the real today. */
export const today = todayInEngland();
export const addDays = (days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const suffix = randomBytes(3).toString('hex');
let invitations = 0;

/** Another pupil with an open review in a school. */
export async function createReview(schoolId: string, pupilName: string): Promise<HomeReview> {
  const name = `${pupilName} ${suffix}`;
  const pupil = await Pupil.create({
    schoolId,
    name,
    dateOfBirth: '2012-10-01',
    planIssuedDate: '2023-03-15',
    lastReviewMeetingDate: '2025-03-15',
  });
  const review = await Review.create({ schoolId, pupilId: pupil._id });
  return { id: String(review._id), pupilId: String(pupil._id), pupilName: name, secrets: [name, String(pupil._id)] };
}

/** Invites someone through the real route; their name and email join the review's secrets. */
export async function invite(sendco: TestClient, review: HomeReview, role: ParticipantRole, name: string) {
  invitations += 1;
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${suffix}.${invitations}@example.test`;
  const personName = `${name} ${suffix}`;
  const { id, token } = await inviteParticipant(sendco, review.id, { name: personName, email, role, dueDate: addDays(14) });
  review.secrets.push(personName, email);
  return { id, token };
}

/** A participant principal, invited through the real route. */
export async function participantPrincipal(sendco: TestClient, review: HomeReview, role: ParticipantRole, name: string) {
  const { id, token } = await invite(sendco, review, role, name);
  return { kind: 'participant', id, token, reviewId: review.id } as const;
}

/** Finalises a review through the real paths: a complete report over the socket, then POST finalise. */
export async function finalise(sendco: TestClient, wsUrl: string, review: HomeReview): Promise<void> {
  (await prepareForFinalisation(sendco, wsUrl, review.id, { meetingDate: addDays(-1) })).destroy();
  const result = await sendco.post(`/api/reviews/${review.id}/finalise`, {});
  if (result.status !== 200) throw new Error(`finalise failed: ${result.status} ${JSON.stringify(result.body)}`);
}

/** An LA link of a finalised review, made through the real route. */
export async function laPrincipal(sendco: TestClient, reviewId: string) {
  const result = await sendco.post(`/api/reviews/${reviewId}/share-links`, {});
  if (result.status !== 201) throw new Error(`share link failed: ${result.status} ${JSON.stringify(result.body)}`);
  return { kind: 'la', id: result.body.link.id as string, token: tokenOf(result.body.link.url as string), reviewId } as const;
}

/** Withdraws an LA link through the real route. */
export async function revokeLa(sendco: TestClient, link: { id: string; reviewId: string }): Promise<void> {
  const result = await sendco.post(`/api/reviews/${link.reviewId}/share-links/${link.id}/revoke`);
  if (result.status !== 200) throw new Error(`revoking the LA link failed: ${result.status}`);
}

/** Withdraws a participant link through the real route. */
export async function revokeParticipant(sendco: TestClient, participant: { id: string; reviewId: string }): Promise<void> {
  const result = await sendco.post(`/api/reviews/${participant.reviewId}/participants/${participant.id}/revoke`);
  if (result.status !== 200) throw new Error(`revoking the participant link failed: ${result.status}`);
}

const yesterday = () => new Date(Date.now() - 86_400_000);
export const expireParticipant = (id: string) => Participant.updateOne({ _id: id }, { $set: { expiresAt: yesterday() } });
export const expireLa = (id: string) => ShareLink.updateOne({ _id: id }, { $set: { expiresAt: yesterday() } });

/**
 * What both matrices start from: two schools (the home one with a distinctive name), the home
 * review under test with a parent, a professional, a revoked and an expired participant link,
 * another open review of the same school with its own participant, and another finalised review
 * of the same school with its own LA link. "Another review" is in the same school on purpose:
 * the school matches, so only a check of the review itself can refuse it.
 */
export async function buildWorld() {
  const homeSchoolName = `Home School ${suffix}`;
  const ctx: TwoSchools = await startWithTwoSchools(today, homeSchoolName);
  const { wsUrl } = ctx.t;
  const pupilName = `Olive Underreview ${suffix}`;
  await Pupil.updateOne({ _id: ctx.home.pupilId }, { $set: { name: pupilName } });
  const open: HomeReview = {
    id: ctx.home.reviewId,
    pupilId: ctx.home.pupilId,
    pupilName,
    secrets: [pupilName, ctx.home.pupilId],
  };
  const openOther = await createReview(ctx.home.schoolId, 'Otto Otherreview');
  const finalisedOther = await createReview(ctx.home.schoolId, 'Felix Finalisedother');
  const { sendco } = ctx;

  const parent = await participantPrincipal(sendco, open, 'parent_carer', 'Pat Parent');
  const professional = await participantPrincipal(sendco, open, 'educational_psychologist', 'Dr Ellis');
  const participantRevoked = await participantPrincipal(sendco, open, 'parent_carer', 'Rory Revoked');
  await revokeParticipant(sendco, participantRevoked);
  const participantExpired = await participantPrincipal(sendco, open, 'school_staff', 'Eve Expired');
  await expireParticipant(participantExpired.id);
  const participantOtherReview = await participantPrincipal(sendco, openOther, 'parent_carer', 'Olga Otherparent');

  await finalise(sendco, wsUrl, finalisedOther);
  const laOtherReview = await laPrincipal(sendco, finalisedOther.id);

  const staffPrincipal = (client: TestClient, user: { email: string }, password: string) =>
    ({ kind: 'staff', cookie: client.sessionCookie!, email: user.email, password }) as const;
  const principals = {
    sendco: staffPrincipal(ctx.sendco, ctx.home.sendco, ctx.home.password),
    staff: staffPrincipal(ctx.staff, ctx.home.staff, ctx.home.password),
    otherSchool: staffPrincipal(ctx.otherSendco, ctx.other.sendco, ctx.other.password),
    anonymous: { kind: 'anonymous' } as const,
    parent,
    professional,
    participantRevoked,
    participantExpired,
    participantOtherReview,
    laOtherReview,
  } satisfies Partial<Record<PrincipalKey, Principal>>;
  return { ctx, homeSchoolName, reviews: { open, openOther, finalisedOther }, principals };
}

/**
 * Collections left out of "what changed": documents' update logs and snapshots (compacted in the
 * background), and rate-limit counters, which count every request, refused ones included.
 */
const BACKGROUND_COLLECTIONS = new Set(['docupdates', 'docsnapshots', 'ratelimits']);

/** Every stored document (bar the document server's own), keyed by "collection/id", as JSON. */
export async function dumpDatabase(): Promise<Map<string, string>> {
  const collections = (await mongoose.connection.db!.collections()).filter((c) => !BACKGROUND_COLLECTIONS.has(c.collectionName));
  const contents = await Promise.all(collections.map((collection) => collection.find().toArray()));
  const dump = new Map<string, string>();
  collections.forEach((collection, index) => {
    for (const doc of contents[index]!) dump.set(`${collection.collectionName}/${String(doc._id)}`, JSON.stringify(doc));
  });
  return dump;
}

/** Which stored documents a check is about: by collection name and the document (ids as hex strings). */
export type DocFilter = (collection: string, doc: Record<string, unknown>) => boolean;

/** What changed between two dumps, one line per document ("added", "removed", "changed"), optionally only some documents. */
export function changesBetween(before: Map<string, string>, after: Map<string, string>, only: DocFilter = () => true): string[] {
  const concerns = (key: string, json: string) =>
    only(key.slice(0, key.indexOf('/')), JSON.parse(json) as Record<string, unknown>) ? [key] : [];
  const changes: string[] = [];
  for (const [key, value] of after) {
    const old = before.get(key);
    if (old === undefined) changes.push(...concerns(key, value).map((k) => `added ${k}`));
    else if (old !== value)
      changes.push(...[...concerns(key, old), ...concerns(key, value)].slice(0, 1).map((k) => `changed ${k}`));
  }
  for (const [key, value] of before) if (!after.has(key)) changes.push(...concerns(key, value).map((k) => `removed ${k}`));
  return changes;
}
