import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainEventBus } from '../events/index.ts';
import { createLogger } from '../logging/index.ts';
import { createMailer } from '../mail/index.ts';
import { createSignInThrottle } from '../rate-limits/index.ts';
import {
  addDays,
  buildWorld,
  changesBetween,
  createReview,
  dumpDatabase,
  expireLa,
  finalise,
  invite,
  laPrincipal,
  parseCells,
  PRINCIPAL_KEYS,
  PRINCIPAL_LABELS,
  revokeLa,
  today,
  tokenOf,
  unknownToken,
  type DocFilter,
  type HomeReview,
  type Principal,
  type PrincipalKey,
} from '../test/authorization-matrix.ts';
import { RateLimitCounter } from '../models/index.ts';
import { pdfFile, pngFile } from '../test/attachment-fixtures.ts';
import { TestClient } from '../test/http-client.ts';
import { uploadAttachment } from '../services/index.ts';
import { prepareForFinalisation } from '../test/meeting-report.ts';
import { dropTestDatabase } from '../test/test-app.ts';
import { createHttpApp } from './index.ts';

/**
 * Issue 5 item 9: every HTTP route against every principal. One row per route, one column per
 * principal, each cell the status the product's rules give (read from `auth/policies` and the
 * routes). Every cell makes its own request. Besides the status, every cell checks:
 * - a refusal changed nothing in the database;
 * - nobody outside the home school (or outside a link's own review) sees its pupils' names or ids,
 *   whatever the status, and an outsider's successful request changed nothing of theirs;
 * - another school's review answers exactly like a review that does not exist;
 * - within a row, refusals with the same status are indistinguishable (same body).
 * Staff routes are tried by link holders with their token as `?participant=` / `?share=` (as the
 * document server accepts it); link routes are tried by staff with their cookie and a token that
 * belongs to nothing (a cookie never stands in for a token).
 */

// Legend (column order): SEN SENDCo of the school · STF teacher of the school · OTH SENDCo of
// another school · ANO no credentials · PAR parent link · PRO professional link · P-R revoked and
// P-X expired participant link · P-O participant link of another review · LA LA link · L-R
// revoked and L-X expired LA link · L-O LA link of another review. "Another review" is in the
// same school: only a check of the review itself refuses it.
// prettier-ignore
const MATRIX: [cells: string, route: string][] = [
  // SEN STF OTH ANO  PAR PRO P-R P-X P-O  LA  L-R L-X L-O
  ['200 200 200 200  200 200 200 200 200  200 200 200 200', 'GET /api/health'],
  ['401 401 401 401  401 401 401 401 401  401 401 401 401', 'POST /api/auth/login'], // a wrong password, whoever asks
  ['204 204 204 204  204 204 204 204 204  204 204 204 204', 'POST /api/auth/logout'],
  ['200 200 200 401  401 401 401 401 401  401 401 401 401', 'GET /api/auth/me'], // another school: itself
  ['200 200 200 401  401 401 401 401 401  401 401 401 401', 'GET /api/caseload'], // another school: its own caseload
  ['200 200 200 401  401 401 401 401 401  401 401 401 401', 'GET /api/caseload/this-week'], // another school: its own week
  ['201 403 201 401  401 401 401 401 401  401 401 401 401', 'POST /api/caseload/import'], // another school: into its own
  ['200 403 200 401  401 401 401 401 401  401 401 401 401', 'GET /api/calendar-feeds'],
  ['201 403 201 401  401 401 401 401 401  401 401 401 401', 'POST /api/calendar-feeds'],
  ['204 403 404 401  401 401 401 401 401  401 401 401 401', 'DELETE /api/calendar-feeds/:feedId'], // the home SENDCo's feed
  ['200 404 200 404  404 404 404 404 404  404 404 404 404', 'GET /calendar/:file'], // SENDCos: their own feed
  ['200 200 404 401  401 401 401 401 401  401 401 401 401', 'GET /api/reviews/:reviewId'],
  ['200 200 404 401  401 401 401 401 401  401 401 401 401', 'GET /api/reviews/:reviewId/cycle'],
  ['200 403 404 401  401 401 401 401 401  401 401 401 401', 'PATCH /api/reviews/:reviewId/facts'],
  ['200 403 404 401  401 401 401 401 401  401 401 401 401', 'PATCH /api/reviews/:reviewId/meeting'],
  ['200 200 404 401  401 401 401 401 401  401 401 401 401', 'GET /api/reviews/:reviewId/readiness'],
  ['200 200 404 401  401 401 401 401 401  401 401 401 401', 'GET /api/reviews/:reviewId/contributions'],
  ['200 403 404 401  401 401 401 401 401  401 401 401 401', 'POST /api/reviews/:reviewId/finalise'],
  ['200 200 404 401  401 401 401 401 401  401 401 401 401', 'GET /api/reviews/:reviewId/report.pdf'],
  ['200 200 404 401  401 401 401 401 401  401 401 401 401', 'GET /api/reviews/:reviewId/report.docx'],
  ['201 403 404 401  401 401 401 401 401  401 401 401 401', 'POST /api/reviews/:reviewId/share-links'],
  ['200 403 404 401  401 401 401 401 401  401 401 401 401', 'GET /api/reviews/:reviewId/share-links'],
  ['200 403 404 401  401 401 401 401 401  401 401 401 401', 'POST /api/reviews/:reviewId/share-links/:linkId/revoke'],
  ['200 403 404 401  401 401 401 401 401  401 401 401 401', 'GET /api/reviews/:reviewId/participants'],
  ['200 403 404 401  401 401 401 401 401  401 401 401 401', 'GET /api/reviews/:reviewId/participants/previous'],
  ['201 403 404 401  401 401 401 401 401  401 401 401 401', 'POST /api/reviews/:reviewId/participants'],
  ['204 403 404 401  401 401 401 401 401  401 401 401 401', 'DELETE /api/reviews/:reviewId/participants/:participantId'],
  ['200 403 404 401  401 401 401 401 401  401 401 401 401', 'POST /api/reviews/:reviewId/participants/:participantId/revoke'],
  ['200 403 404 401  401 401 401 401 401  401 401 401 401', 'POST /api/reviews/:reviewId/participants/:participantId/resend'],
  ['200 403 404 401  401 401 401 401 401  401 401 401 401', 'POST /api/reviews/:reviewId/participants/:participantId/nudge'],
  ['200 200 404 401  401 401 401 401 401  401 401 401 401', 'GET /api/reviews/:reviewId/circulation'],
  ['201 403 404 401  401 401 401 401 401  401 401 401 401', 'POST /api/reviews/:reviewId/circulation'],
  ['200 403 200 401  401 401 401 401 401  401 401 401 401', 'GET /api/outbox'], // another school: its own
  ['200 403 200 401  401 401 401 401 401  401 401 401 401', 'GET /api/audit'], // another school: its own
  ['200 403 200 401  401 401 401 401 401  401 401 401 401', 'GET /api/audit/export.csv'], // another school: its own
  ['200 403 200 401  401 401 401 401 401  401 401 401 401', 'GET /api/pupils'], // another school: its own
  ['201 403 201 401  401 401 401 401 401  401 401 401 401', 'POST /api/pupils'], // another school: into its own
  ['200 403 404 401  401 401 401 401 401  401 401 401 401', 'PATCH /api/pupils/:pupilId'],
  ['200 403 404 401  401 401 401 401 401  401 401 401 401', 'POST /api/pupils/:pupilId/archive'],
  ['204 403 404 401  401 401 401 401 401  401 401 401 401', 'POST /api/pupils/:pupilId/delete'],
  ['200 403 200 401  401 401 401 401 401  401 401 401 401', 'GET /api/staff'], // another school: its own
  ['201 403 201 401  401 401 401 401 401  401 401 401 401', 'POST /api/staff'], // another school: into its own
  ['204 403 404 401  401 401 401 401 401  401 401 401 401', 'DELETE /api/staff/:userId'],
  ['200 403 200 401  401 401 401 401 401  401 401 401 401', 'GET /api/school/settings'], // another school: its own
  ['200 403 200 401  401 401 401 401 401  401 401 401 401', 'PATCH /api/school/settings'], // another school: its own
  ['410 410 410 410  410 410 410 410 410  410 410 410 410', 'POST /api/auth/set-password'], // a token of nobody's
  ['200 200 404 401  401 401 401 401 401  401 401 401 401', 'GET /api/reviews/:reviewId/assigned-staff'],
  ['200 403 404 401  401 401 401 401 401  401 401 401 401', 'PATCH /api/reviews/:reviewId/assigned-staff'],
  ['200 403 200 401  401 401 401 401 401  401 401 401 401', 'GET /api/address-book'], // another school: its own
  ['201 403 201 401  401 401 401 401 401  401 401 401 401', 'POST /api/address-book'], // another school: into its own
  ['200 403 404 401  401 401 401 401 401  401 401 401 401', 'PATCH /api/address-book/:entryId'],
  ['204 403 404 401  401 401 401 401 401  401 401 401 401', 'DELETE /api/address-book/:entryId'],
  ['200 403 404 401  401 401 401 401 401  401 401 401 401', 'GET /api/reviews/:reviewId/participants/address-book'],
  ['410 410 410 410  410 410 410 410 410  200 410 410 200', 'GET /api/shared/:token'], // L-O: its own review only
  ['410 410 410 410  200 200 410 410 200  410 410 410 410', 'GET /api/participant/:token'], // P-O: its own review only
  // Before the submit row: a contribution's files change only until it is sent.
  ['410 410 410 410  200 200 410 410 200  410 410 410 410', 'GET /api/participant/:token/attachments'],
  ['410 410 410 410  201 201 410 410 201  410 410 410 410', 'POST /api/participant/:token/attachments'],
  // A file of the papers of the open review (circulated): its participants read it, another review's do not.
  ['410 410 410 410  200 200 410 410 404  410 410 410 410', 'GET /api/participant/:token/attachments/:attachmentId'],
  // The parent's own file: only she removes it.
  ['410 410 410 410  204 404 410 410 404  410 410 410 410', 'DELETE /api/participant/:token/attachments/:attachmentId'],
  ['410 410 410 410  200 200 410 410 200  410 410 410 410', 'POST /api/participant/:token/submit'],
  ['410 410 410 410  200 200 410 410 200  410 410 410 410', 'GET /api/participant/:token/papers'],
  ['410 410 410 410  200 200 410 410 200  410 410 410 410', 'GET /api/participant/:token/meeting'],
  ['410 410 410 410  200 200 410 410 200  410 410 410 410', 'POST /api/participant/:token/language'],
  ['410 410 410 410  200 200 410 410 200  410 410 410 410', 'POST /api/participant/:token/call-request'],
  ['200 200 404 401  401 401 401 401 401  401 401 401 401', 'GET /api/reviews/:reviewId/attachments'],
  ['201 403 404 401  401 401 401 401 401  401 401 401 401', 'POST /api/reviews/:reviewId/attachments'],
  ['200 200 404 401  401 401 401 401 401  401 401 401 401', 'GET /api/reviews/:reviewId/attachments/:attachmentId'],
  ['204 403 404 401  401 401 401 401 401  401 401 401 401', 'DELETE /api/reviews/:reviewId/attachments/:attachmentId'],
  // A file listed with the finalised outcome: its LA link reads it, another review's does not.
  ['410 410 410 410  410 410 410 410 410  200 410 410 404', 'GET /api/shared/:token/attachments/:attachmentId'],
];

/**
 * Routes naming a record inside a review: the record must belong to the review in the path. A
 * SENDCo of another school names a home record under their own review; the home SENDCo names a
 * record of another review under their own. Both are 404 and change nothing.
 */
const FOREIGN_RECORD_ROUTES = [
  'DELETE /api/reviews/:reviewId/participants/:participantId',
  'POST /api/reviews/:reviewId/participants/:participantId/revoke',
  'POST /api/reviews/:reviewId/participants/:participantId/resend',
  'POST /api/reviews/:reviewId/participants/:participantId/nudge',
  'POST /api/reviews/:reviewId/share-links/:linkId/revoke',
  'GET /api/reviews/:reviewId/attachments/:attachmentId',
  'DELETE /api/reviews/:reviewId/attachments/:attachmentId',
];

/** How to ask for a route, where the defaults (the open review under test, no body) do not do. */
interface Recipe {
  /** Path parameters, made once before the row's first cell. */
  setup?: () => Promise<Record<string, string>>;
  /** The body: JSON, or a file's bytes (a Buffer, sent raw). */
  body?: (principal: PrincipalKey) => unknown;
  /** A query string to add to the path (without `?`). */
  query?: string;
  /** Staff sign in afresh for this row (signing out ends the session). */
  freshSession?: true;
  /** Refusals are audited by design (failed sign-ins), so the database may change. */
  auditsRefusals?: true;
}

let world: Awaited<ReturnType<typeof buildWorld>>;
let principals: Record<PrincipalKey, Principal>;
/** The finalised review of the home school whose LA links are the LA columns. */
let finalised: HomeReview;
/** A home review with a complete report, finalised by the finalise row. */
let ready: HomeReview;
const calendarTokens: Partial<Record<PrincipalKey, string>> = {};

const sendco = () => world.ctx.sendco;
const open = () => world.reviews.open;

async function freshParticipant(review: HomeReview, name: string) {
  return { reviewId: review.id, participantId: (await invite(sendco(), review, 'parent_carer', name)).id };
}

/** A pupil of the home school added for one row, and the facts it was added with. */
const PUPIL_FACTS = {
  givenName: 'Matrix',
  familyName: 'Pupil',
  dateOfBirth: '2013-02-02',
  la: 'Northshire',
  planIssuedDate: '2021-02-02',
};
/** Attaches a PDF to a review's papers as the home SENDCo and answers its id. */
async function attachToPapers(reviewId: string, name = 'Report.pdf'): Promise<string> {
  const reply = await send('POST', `/api/reviews/${reviewId}/attachments?name=${name}`, {
    cookie: sendco().sessionCookie!,
    body: pdfFile(),
  });
  if (reply.status !== 201) throw new Error(`attaching failed: ${reply.status} ${reply.text}`);
  return (JSON.parse(reply.text) as { attachment: { id: string } }).attachment.id;
}

async function freshPupil(familyName: string) {
  const created = await sendco().post('/api/pupils', { ...PUPIL_FACTS, familyName });
  return { pupilId: created.body.pupil.id as string };
}

/** Someone in the home school's address book, added for one row. */
const BOOK_ENTRY = { name: 'Matrix Therapist', role: 'occupational_therapist', organisation: 'Matrix Therapies' };
async function freshBookEntry(email: string) {
  const created = await sendco().post('/api/address-book', { ...BOOK_ENTRY, email });
  return { entryId: created.body.entry.id as string };
}

const RECIPES: Record<string, Recipe> = {
  'POST /api/pupils': { body: (key) => ({ ...PUPIL_FACTS, familyName: `Added${key}` }) },
  'PATCH /api/pupils/:pupilId': {
    setup: () => freshPupil('Edited'),
    body: () => ({ ...PUPIL_FACTS, familyName: 'Edited-Again' }),
  },
  'POST /api/pupils/:pupilId/archive': { setup: () => freshPupil('Archived'), body: () => ({ archived: true }) },
  'POST /api/pupils/:pupilId/delete': { setup: () => freshPupil('Deleted'), body: () => ({ confirm: true }) },
  'POST /api/staff': {
    body: (key) => ({ name: `Invited ${key}`, email: `invited.${key.toLowerCase()}@example.test`, position: 'teacher' }),
  },
  'DELETE /api/staff/:userId': {
    setup: async () => {
      const invited = await sendco().post('/api/staff', { name: 'Rem Oved', email: 'removed@example.test', position: 'teacher' });
      return { userId: invited.body.member.id as string };
    },
  },
  'PATCH /api/school/settings': { body: () => ({ staffCaseloadVisibility: 'all' }) },
  'POST /api/address-book': {
    body: (key) => ({ ...BOOK_ENTRY, email: `book.${key.toLowerCase()}@example.test` }),
  },
  'PATCH /api/address-book/:entryId': {
    setup: () => freshBookEntry('edited@example.test'),
    body: () => ({ ...BOOK_ENTRY, email: 'edited@example.test', organisation: 'Edited Service' }),
  },
  'DELETE /api/address-book/:entryId': { setup: () => freshBookEntry('deleted@example.test') },
  'POST /api/auth/set-password': { body: () => ({ token: unknownToken(), password: 'a long enough password' }) },
  'PATCH /api/reviews/:reviewId/assigned-staff': { body: () => ({ staffIds: [] }) },
  'POST /api/participant/:token/language': { body: () => ({ language: 'pl' }) },
  'POST /api/participant/:token/call-request': { body: () => ({ phone: '07700 900123', bestTime: 'Mornings' }) },
  'POST /api/reviews/:reviewId/attachments': { body: () => pdfFile(), query: 'name=Therapy%20report.pdf' },
  'GET /api/reviews/:reviewId/attachments/:attachmentId': {
    setup: async () => ({ attachmentId: await attachToPapers(open().id) }),
  },
  'DELETE /api/reviews/:reviewId/attachments/:attachmentId': {
    setup: async () => ({ attachmentId: await attachToPapers(open().id, 'Removed.pdf') }),
  },
  'POST /api/participant/:token/attachments': { body: () => pngFile(), query: 'name=Drawing.png' },
  'GET /api/participant/:token/attachments/:attachmentId': {
    setup: async () => ({ attachmentId: await attachToPapers(open().id, 'Papers.pdf') }),
  },
  'DELETE /api/participant/:token/attachments/:attachmentId': {
    setup: async () => {
      const parent = principals.parent as { token: string };
      const reply = await send('POST', `/api/participant/${parent.token}/attachments?name=Mine.png`, { body: pngFile() });
      if (reply.status !== 201) throw new Error(`attaching failed: ${reply.status} ${reply.text}`);
      return { attachmentId: (JSON.parse(reply.text) as { attachment: { id: string } }).attachment.id };
    },
  },
  'GET /api/shared/:token/attachments/:attachmentId': {
    // Attached while the review was open (finalised reviews refuse new files).
    setup: async () => {
      const attachment = await uploadAttachment({
        review: { id: finalised.id, schoolId: world.ctx.home.schoolId, status: 'open' },
        kind: 'papers',
        uploader: { kind: 'staff', id: world.ctx.home.sendco.id, name: 'Sam Sendco' },
        name: 'Outcome papers.pdf',
        description: '',
        bytes: pdfFile(),
      });
      return { attachmentId: attachment.id };
    },
  },
  'POST /api/auth/login': {
    // Each asker fails for their own account (or an unknown one): thirteen failures for one
    // account from one address would reach the sign-in limit (decision 37), tested on its own.
    body: (key) => {
      const principal = principals[key];
      return { email: principal.kind === 'staff' ? principal.email : `nobody.${key}@example.test`, password: 'not-the-password' };
    },
    auditsRefusals: true,
  },
  'POST /api/auth/logout': { freshSession: true },
  'POST /api/caseload/import': {
    body: (key) => ({
      csv: `Pupil name,Date of birth,Plan issue date,LA\r\nImported ${key},01/10/2012,15/03/2022,Northshire`,
    }),
  },
  'DELETE /api/calendar-feeds/:feedId': {
    setup: async () => {
      const feed = await sendco().post('/api/calendar-feeds');
      return { feedId: feed.body.feed.id as string };
    },
  },
  'PATCH /api/reviews/:reviewId/facts': {
    setup: async () => ({ reviewId: world.reviews.openOther.id }),
    body: () => ({ meetingDate: addDays(40) }),
  },
  'PATCH /api/reviews/:reviewId/meeting': {
    setup: async () => ({ reviewId: world.reviews.openOther.id }),
    body: () => ({ date: addDays(41), time: '14:00', place: 'Room 4' }),
  },
  'POST /api/reviews/:reviewId/finalise': { setup: async () => ({ reviewId: ready.id }), body: () => ({}) },
  'POST /api/reviews/:reviewId/share-links': { setup: async () => ({ reviewId: finalised.id }), body: () => ({}) },
  'GET /api/reviews/:reviewId/share-links': { setup: async () => ({ reviewId: finalised.id }) },
  'POST /api/reviews/:reviewId/share-links/:linkId/revoke': {
    setup: async () => ({ reviewId: finalised.id, linkId: (await laPrincipal(sendco(), finalised.id)).id }),
  },
  'POST /api/reviews/:reviewId/participants': {
    body: (key) => ({
      name: `Invitee ${key}`,
      email: `invitee.${key.toLowerCase()}@example.test`,
      role: 'parent_carer',
      dueDate: addDays(14),
    }),
  },
  'DELETE /api/reviews/:reviewId/participants/:participantId': { setup: () => freshParticipant(open(), 'Del Removed') },
  'POST /api/reviews/:reviewId/participants/:participantId/revoke': { setup: () => freshParticipant(open(), 'Rex Revokee') },
  'POST /api/reviews/:reviewId/participants/:participantId/resend': { setup: () => freshParticipant(open(), 'Reese Resent') },
  'POST /api/reviews/:reviewId/participants/:participantId/nudge': { setup: () => freshParticipant(open(), 'Ned Nudged') },
  'POST /api/reviews/:reviewId/circulation': {
    // Something new to circulate, so only authorization stands in the way.
    setup: async () => {
      await submitContribution(open(), 'Nia Newcontribution');
      return {};
    },
    body: () => ({ acknowledgeWarnings: true }),
  },
};

async function submitContribution(review: HomeReview, name: string): Promise<void> {
  const { token } = await invite(sendco(), review, 'school_staff', name);
  const result = await world.ctx.anonymous.post(`/api/participant/${token}/submit`);
  if (result.status !== 200) throw new Error(`submit failed: ${result.status}`);
}

async function circulate(review: HomeReview, contributor: string): Promise<void> {
  await submitContribution(review, contributor);
  const result = await sendco().post(`/api/reviews/${review.id}/circulation`, { acknowledgeWarnings: true });
  if (result.status !== 201) throw new Error(`circulation failed: ${result.status} ${JSON.stringify(result.body)}`);
}

beforeAll(async () => {
  world = await buildWorld();
  const { ctx } = world;
  finalised = await createReview(ctx.home.schoolId, 'Fern Finalised');
  await finalise(sendco(), ctx.t.wsUrl, finalised);
  const la = await laPrincipal(sendco(), finalised.id);
  const laRevoked = await laPrincipal(sendco(), finalised.id);
  await revokeLa(sendco(), laRevoked);
  const laExpired = await laPrincipal(sendco(), finalised.id);
  await expireLa(laExpired.id);
  principals = { ...world.principals, la, laRevoked, laExpired };

  ready = await createReview(ctx.home.schoolId, 'Rosa Ready');
  (await prepareForFinalisation(sendco(), ctx.t.wsUrl, ready.id, { meetingDate: addDays(-1) })).destroy();
  await circulate(open(), 'Casey Contributor');
  await circulate(world.reviews.openOther, 'Cleo Othercontributor');
  for (const [key, client] of [
    ['sendco', sendco()],
    ['otherSchool', ctx.otherSendco],
  ] as const) {
    const feed = await client.post('/api/calendar-feeds');
    calendarTokens[key] = tokenOf(feed.body.feed.url as string).replace(/\.ics$/, '');
  }
});
afterAll(async () => {
  await world.ctx.t.stop();
  await dropTestDatabase();
});

/** Every route the Express app registers, as "METHOD /path", walking mounted routers. */
function registeredRoutes(): string[] {
  const { t } = world.ctx;
  const app = createHttpApp(
    {
      config: t.config,
      events: new DomainEventBus(),
      reportContent: t.app.realtime.reportContent,
      today: () => today,
      mailer: createMailer(t.config),
      publicUrl: () => t.baseUrl,
      rateLimits: t.app.rateLimits,
      signInThrottle: createSignInThrottle(t.app.rateLimits),
    },
    createLogger(t.config.log),
  );
  interface Layer {
    rawPath?: unknown;
    route?: { path: unknown; methods: Record<string, boolean> };
    handle: { stack?: Layer[] };
  }
  const join = (prefix: string, path: unknown) => {
    if (typeof path !== 'string') throw new Error(`unexpected route path ${String(path)} under ${prefix}`);
    return `${prefix}/${path}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
  };
  const walk = (stack: Layer[], prefix: string): string[] =>
    stack.flatMap((layer) => {
      if (layer.route) {
        const path = join(prefix, layer.route.path);
        return Object.keys(layer.route.methods)
          .filter((method) => layer.route!.methods[method])
          .map((method) => `${method.toUpperCase()} ${path}`);
      }
      return layer.handle.stack ? walk(layer.handle.stack, join(prefix, layer.rawPath ?? '/')) : [];
    });
  return walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
}

interface Reply {
  status: number;
  text: string;
}

async function send(
  method: string,
  path: string,
  options: { cookie?: string; body?: unknown; headers?: Record<string, string> },
): Promise<Reply> {
  const isBytes = Buffer.isBuffer(options.body);
  const response = await fetch(`${world.ctx.t.baseUrl}${path}`, {
    method,
    redirect: 'manual',
    headers: {
      ...(options.cookie ? { Cookie: options.cookie } : {}),
      ...(options.body === undefined ? {} : { 'Content-Type': isBytes ? 'application/octet-stream' : 'application/json' }),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : isBytes ? (options.body as Buffer) : JSON.stringify(options.body),
  });
  return { status: response.status, text: await response.text() };
}

/** The path for one principal: link tokens go where the route takes a token, otherwise in the query. */
function pathFor(template: string, params: Record<string, string>, key: PrincipalKey, query?: string): string {
  const principal = principals[key];
  const linkToken = principal.kind === 'participant' || principal.kind === 'la' ? principal.token : null;
  let usedToken = false;
  const path = template.replace(/:(\w+)/g, (_match, name: string) => {
    if (name === 'token' || name === 'file') {
      usedToken = true;
      const token = (name === 'file' ? calendarTokens[key] : undefined) ?? linkToken ?? unknownToken();
      return name === 'file' ? `${token}.ics` : token;
    }
    const value = params[name];
    if (!value) throw new Error(`no value for :${name} in ${template}`);
    return value;
  });
  const withQuery = query ? `${path}?${query}` : path;
  if (usedToken || !linkToken) return withQuery;
  return `${withQuery}${query ? '&' : '?'}${principal.kind === 'la' ? 'share' : 'participant'}=${linkToken}`;
}

async function cookieFor(key: PrincipalKey, recipe: Recipe): Promise<string | undefined> {
  const principal = principals[key];
  if (principal.kind !== 'staff') return undefined;
  if (!recipe.freshSession) return principal.cookie;
  return (await new TestClient(world.ctx.t.baseUrl).login(principal.email, principal.password)).sessionCookie!;
}

const isStaffOf = (key: PrincipalKey) => key === 'sendco' || key === 'staff';
const outsiders: PrincipalKey[] = [
  'otherSchool',
  'anonymous',
  'participantRevoked',
  'participantExpired',
  'laRevoked',
  'laExpired',
];

function homeReviews(): HomeReview[] {
  return [world.reviews.open, world.reviews.openOther, world.reviews.finalisedOther, finalised, ready];
}

/** The review a working link belongs to (its holder may see that one, and no other). */
function ownReviewOf(key: PrincipalKey): string | null {
  const principal = principals[key];
  return !outsiders.includes(key) && (principal.kind === 'participant' || principal.kind === 'la') ? principal.reviewId : null;
}

/** Strings a principal must never be shown. */
function forbiddenStrings(key: PrincipalKey): string[] {
  if (isStaffOf(key)) return [];
  const own = ownReviewOf(key);
  if (own) return homeReviews().flatMap((review) => (review.id === own ? [] : review.secrets));
  return [world.homeSchoolName, world.ctx.home.schoolId, ...homeReviews().flatMap((review) => review.secrets)];
}

/** What a principal's successful request must leave alone: the home school, or for a link, the other reviews. */
function untouchable(key: PrincipalKey): DocFilter | null {
  if (isStaffOf(key)) return null;
  const own = ownReviewOf(key);
  if (own) {
    const others = new Set(homeReviews().flatMap((review) => (review.id === own ? [] : [review.id])));
    return (collection, doc) => others.has(String(doc.reviewId)) || (collection === 'reviews' && others.has(String(doc._id)));
  }
  const home = world.ctx.home.schoolId;
  return (_collection, doc) => String(doc.schoolId) === home;
}

const isMutating = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method);

/** What a browser sends with a request from the app's own page. */
const sameOriginHeaders = () => ({ Origin: world.ctx.t.baseUrl, 'Sec-Fetch-Site': 'same-origin' });

/** What browsers send with requests from other sites: another host, the null origin, another port, a sibling subdomain, and the fetch-metadata header alone. */
function crossOriginHeaders(): Record<string, string>[] {
  const { port } = new URL(world.ctx.t.baseUrl);
  return [
    { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
    { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' },
    { Origin: `http://127.0.0.1:${Number(port) + 1}`, 'Sec-Fetch-Site': 'same-site' },
    { Origin: `http://reviews.localhost:${port}`, 'Sec-Fetch-Site': 'cross-site' },
    { 'Sec-Fetch-Site': 'cross-site' },
    { 'Sec-Fetch-Site': 'same-site' },
  ];
}

/**
 * Issue 10, CSRF: every mutating route, asked cross-origin by each principal it would succeed
 * for and by someone without credentials, body-less (a plain HTML form or `fetch` with no body) and with the row's JSON body, is
 * refused with 403 cross_origin_refused and changes nothing.
 */
async function expectCrossOriginRefused(
  route: string,
  params: Record<string, string>,
  recipe: Recipe,
  expected: Record<PrincipalKey, string>,
) {
  const [method, template] = route.split(' ') as [string, string];
  // Whoever the route would serve, and someone with no credentials (the sign-in row serves nobody).
  const askers = PRINCIPAL_KEYS.filter((k) => Number(expected[k]) < 400 || k === 'anonymous');
  // Signed in (afresh, for the sign-out row) before the database is read.
  const cookies = new Map<PrincipalKey, string | undefined>();
  for (const key of askers) cookies.set(key, await cookieFor(key, recipe));
  const before = await dumpDatabase();
  for (const key of askers) {
    const cookie = cookies.get(key);
    for (const headers of crossOriginHeaders()) {
      for (const body of [undefined, recipe.body?.(key)]) {
        const reply = await send(method, pathFor(template, params, key, recipe.query), { cookie, body, headers });
        const cell = `${route} × ${PRINCIPAL_LABELS[key]} from ${JSON.stringify(headers)}${body === undefined ? ' without a body' : ''}`;
        expect.soft(reply.status, `${cell}: ${reply.text.slice(0, 200)}`).toBe(403);
        expect.soft(reply.text, cell).toContain('cross_origin_refused');
      }
    }
  }
  expect.soft(changesBetween(before, await dumpDatabase()), `${route}: a cross-origin request changed the database`).toEqual([]);
}

/**
 * Runs one cell: the request, and every check that does not need the rest of the row.
 * @param previous the database as the previous cell left it, when nothing happened since.
 */
async function runCell(
  route: string,
  key: PrincipalKey,
  want: number,
  params: Record<string, string>,
  recipe: Recipe,
  previous: Map<string, string> | null,
) {
  const [method, template] = route.split(' ') as [string, string];
  const cell = `${route} × ${PRINCIPAL_LABELS[key]}`;
  const cookie = await cookieFor(key, recipe);
  const body = recipe.body?.(key);
  const before = previous ?? (await dumpDatabase());
  // Requests that succeed come as the app's own pages send them; refusals as a Node client (no Origin).
  const headers = isMutating(method) && want < 400 ? sameOriginHeaders() : {};
  const reply = await send(method, pathFor(template, params, key, recipe.query), { cookie, body, headers });
  // Another school's review answers exactly like one that does not exist.
  const asMissing =
    key === 'otherSchool' && want === 404 && template.includes(':reviewId')
      ? await send(method, pathFor(template, { ...params, reviewId: String(new Types.ObjectId()) }, key, recipe.query), {
          cookie,
          body,
        })
      : null;
  const after = await dumpDatabase();

  expect.soft(reply.status, `${cell}: ${reply.text.slice(0, 300)}`).toBe(want);
  for (const secret of forbiddenStrings(key)) expect.soft(reply.text.includes(secret), `${cell} shows "${secret}"`).toBe(false);
  if (asMissing) expect.soft(reply, `${cell} differs from a review that does not exist`).toEqual(asMissing);
  if (reply.status >= 400 && !recipe.auditsRefusals)
    expect.soft(changesBetween(before, after), `${cell} was refused but changed the database`).toEqual([]);
  const keep = reply.status < 400 ? untouchable(key) : null;
  if (keep) expect.soft(changesBetween(before, after, keep), `${cell} changed what is not theirs`).toEqual([]);
  return { reply, after };
}

describe('authorization matrix: HTTP routes', () => {
  it('has a row for every registered route, and no row for a route that is gone', () => {
    const registered = registeredRoutes();
    const rows = MATRIX.map(([, route]) => route);
    const missing = registered.filter((route) => !rows.includes(route));
    const stale = rows.filter((route) => !registered.includes(route));
    expect(missing, `routes without a row in the authorization matrix:\n${missing.join('\n')}`).toEqual([]);
    expect(stale, `matrix rows for routes the app does not register:\n${stale.join('\n')}`).toEqual([]);
    const nested = registered.filter((route) => /:reviewId\/.*:\w+/.test(route));
    expect(
      nested.filter((route) => !FOREIGN_RECORD_ROUTES.includes(route)),
      'routes naming a record inside a review',
    ).toEqual([]);
    expect(new Set(rows).size, 'one row per route').toBe(rows.length);
    for (const [cells] of MATRIX) parseCells(cells);
  });

  for (const [cells, route] of MATRIX) {
    it(route, async () => {
      // Each row starts with fresh per-address counters: every request here comes from one
      // address, and the limits are public-link-limits.test.ts's subject, not this matrix's.
      await RateLimitCounter.deleteMany({ key: /^public-links-address:/ });
      const expected = parseCells(cells);
      const recipe = RECIPES[route] ?? {};
      const params = { reviewId: open().id, ...(await recipe.setup?.()) };
      if (isMutating(route.split(' ')[0]!)) await expectCrossOriginRefused(route, params, recipe, expected);
      // Refusals first, against the untouched state; then the requests that succeed.
      const order = [...PRINCIPAL_KEYS].sort((a, b) => Number(Number(expected[a]) < 400) - Number(Number(expected[b]) < 400));
      const refusals = new Map<number, { key: PrincipalKey; text: string }[]>();
      let requests = 0;
      let previous: Map<string, string> | null = null;
      for (const key of order) {
        const { reply, after } = await runCell(route, key, Number(expected[key]), params, recipe, previous);
        previous = recipe.freshSession ? null : after;
        requests += 1;
        if (reply.status >= 400) refusals.set(reply.status, [...(refusals.get(reply.status) ?? []), { key, text: reply.text }]);
      }
      // Refusals with the same status tell the asker nothing more (a revoked link looks like an unknown one).
      for (const [status, replies] of refusals) {
        const bodies = new Set(replies.map((reply) => reply.text));
        expect.soft(bodies.size, `${route}: ${status} answers differ: ${replies.map((r) => r.key).join(', ')}`).toBe(1);
      }
      expect(requests).toBe(PRINCIPAL_KEYS.length);
    });
  }

  describe('a record named under a review it does not belong to', () => {
    for (const route of FOREIGN_RECORD_ROUTES) {
      it(route, async () => {
        const [method, template] = route.split(' ') as [string, string];
        const isLink = template.includes(':linkId');
        const isFile = template.includes(':attachmentId');
        const { ctx, reviews } = world;
        const homeParent = isLink ? finalised : open();
        const siblingParent = isLink ? reviews.finalisedOther : reviews.openOther;
        const recordOf = async (review: HomeReview) =>
          isLink
            ? { linkId: (await laPrincipal(sendco(), review.id)).id }
            : isFile
              ? { attachmentId: await attachToPapers(review.id) }
              : { participantId: (await freshParticipant(review, 'Ida Idor')).participantId };
        const cases = [
          {
            who: 'another school’s SENDCo, under their own review',
            client: ctx.otherSendco,
            reviewId: ctx.other.reviewId,
            record: await recordOf(homeParent),
          },
          {
            who: 'the home SENDCo, under another review of the school',
            client: sendco(),
            reviewId: homeParent.id,
            record: await recordOf(siblingParent),
          },
        ];
        for (const { who, client, reviewId, record } of cases) {
          const before = await dumpDatabase();
          const path = template
            .replace(':reviewId', reviewId)
            .replace(/:(participantId|linkId|attachmentId)/, Object.values(record)[0]!);
          const reply = await send(method, path, { cookie: client.sessionCookie! });
          expect.soft(reply.status, `${route} × ${who}: ${reply.text}`).toBe(404);
          expect.soft(changesBetween(before, await dumpDatabase()), `${route} × ${who} changed`).toEqual([]);
        }
      });
    }
  });
});
