import { randomBytes } from 'node:crypto';
import * as decoding from 'lib0/decoding';
import { Types } from 'mongoose';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as shared from '@ehcp/shared';
import {
  COLLAB_PATH,
  CONTRIBUTION_FRAGMENT,
  contributionDocName,
  MESSAGE_PERSISTED,
  parseDocName,
  PARTICIPANT_TOKEN_PARAM,
  REPORT_FRAGMENT,
  reportDocName,
  SocketEvents,
  type Ack,
  type ClientToServerEvents,
  type ParsedDocName,
  type PresentPerson,
  type ServerToClientEvents,
} from '@ehcp/shared';
import { createShareLink, loadManyReviewFacts, loadReviewFacts, type ReviewFacts } from '../services/index.ts';
import {
  buildWorld,
  expireLa,
  finalise,
  invite,
  laPrincipal,
  parseCells,
  PRINCIPAL_KEYS,
  PRINCIPAL_LABELS,
  revokeLa,
  tokenOf,
  type Principal,
  type PrincipalKey,
} from '../test/authorization-matrix.ts';
import { dropTestDatabase } from '../test/test-app.ts';
import { encodeSyncStep1, encodeUpdate } from './documents/index.ts';
import { waitFor } from '../test/wait-for.ts';

/**
 * Issue 5 item 9, realtime half: every Socket.io event and every kind of collaboration document
 * against every principal (columns as in `http/authorization-matrix.test.ts`).
 *
 * Documents: each cell connects to `/collab/<doc>` as the principal would (session cookie,
 * `?participant=` or `?share=` token), sends an edit, then asks for the server's whole state.
 * - `edit`: the server's state holds the edit and the server acknowledged it as stored;
 * - `read`: the server sent the document but its state does not hold the edit, so it was neither
 *   applied, nor broadcast to anyone, nor stored (all three happen only to applied updates);
 * - `44xx`: the connection was closed with that code (`CollabCloseCodes`) before any sync.
 */

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let world: Awaited<ReturnType<typeof buildWorld>>;
let principals: Record<PrincipalKey, Principal>;
const openSockets: ClientSocket[] = [];

const sendco = () => world.ctx.sendco;
const open = () => world.reviews.open;

/** The documents a row is about, by name (built once the fixtures exist). */
const DOCS: Record<string, { name: () => string; fragment: string }> = {
  report: { name: () => reportDocName(open().id), fragment: REPORT_FRAGMENT },
  'parent’s draft': {
    name: () => contributionDocName(open().id, (principals.parent as { id: string }).id),
    fragment: CONTRIBUTION_FRAGMENT,
  },
  'professional’s submitted draft': {
    name: () => contributionDocName(open().id, (principals.professional as { id: string }).id),
    fragment: CONTRIBUTION_FRAGMENT,
  },
  'another review’s participant under this review': {
    name: () => contributionDocName(open().id, (principals.participantOtherReview as { id: string }).id),
    fragment: CONTRIBUTION_FRAGMENT,
  },
  'this review’s parent under another school’s review': {
    name: () => contributionDocName(world.ctx.other.reviewId, (principals.parent as { id: string }).id),
    fragment: CONTRIBUTION_FRAGMENT,
  },
  'no such kind of document': { name: () => `review:${open().id}:minutes`, fragment: REPORT_FRAGMENT },
};

// Legend as in the HTTP matrix: SEN STF OTH ANO | PAR PRO P-R P-X P-O | LA L-R L-X L-O.
// While the review is open the LA links are made by the service directly (the route refuses to
// share an open review), to show the document refuses them too.
// prettier-ignore
const WHILE_OPEN: [cells: string, doc: keyof typeof DOCS][] = [
  // SEN  STF  OTH  ANO   PAR  PRO  P-R  P-X  P-O   LA   L-R  L-X  L-O
  // The probe writes the discussion notes: the school's part (field roles), so a link's edit is refused with 4403.
  ['edit edit 4403 4401  4403 4403 4401 4401 4403  4403 4401 4401 4403', 'report'],
  ['read read 4403 4401  edit 4403 4401 4401 4403  4403 4401 4401 4403', 'parent’s draft'],
  ['read read 4403 4401  4403 read 4401 4401 4403  4403 4401 4401 4403', 'professional’s submitted draft'],
  ['4403 4403 4403 4401  4403 4403 4401 4401 4403  4403 4401 4401 4403', 'another review’s participant under this review'],
  ['4403 4403 4403 4401  4403 4403 4401 4401 4403  4403 4401 4401 4403', 'this review’s parent under another school’s review'],
  ['4404 4404 4404 4404  4404 4404 4404 4404 4404  4404 4404 4404 4404', 'no such kind of document'],
];

// Once finalised, with LA links made through the real route.
// prettier-ignore
const ONCE_FINALISED: [cells: string, doc: keyof typeof DOCS][] = [
  // SEN  STF  OTH  ANO   PAR  PRO  P-R  P-X  P-O   LA   L-R  L-X  L-O
  ['read read 4403 4401  read read 4401 4401 4403  read 4401 4401 4403', 'report'],
  ['read read 4403 4401  read 4403 4401 4401 4403  4403 4401 4401 4403', 'parent’s draft'],
  ['read read 4403 4401  4403 read 4401 4401 4403  4403 4401 4401 4403', 'professional’s submitted draft'],
];

// Socket.io is for staff only: `ok`, `404` (review_not_found, as for a review that does not
// exist), `401` (the handshake is refused: link tokens are not accepted there).
// prettier-ignore
const PRESENCE: [cells: string, event: keyof ClientToServerEvents][] = [
  // SEN STF OTH ANO  PAR PRO P-R P-X P-O  LA  L-R L-X L-O
  ['ok  ok  404 401  401 401 401 401 401  401 401 401 401', 'review:join'],
  ['ok  ok  ok  401  401 401 401 401 401  401 401 401 401', 'review:leave'], // leaving a room one is not in does nothing
];

/** The server's events to a review's room, and how to make each happen (in this order). */
const ROOM_EVENTS: Record<keyof ServerToClientEvents, (socket: { teacher: ClientSocket }) => Promise<void>> = {
  'presence:update': async ({ teacher }) => expect((await emit(teacher, 'review:join', { reviewId: open().id })).ok).toBe(true),
  'contribution:submitted': async () => {
    const { token } = await invite(sendco(), open(), 'school_staff', 'Sid Submitter');
    expect((await world.ctx.anonymous.post(`/api/participant/${token}/submit`)).status).toBe(200);
  },
  'review:finalised': async () => finalise(sendco(), world.ctx.t.wsUrl, open()),
};

/** Connects to a document as the principal, tries to edit it, and reports what happened (see the file comment). */
function probeDocument(docName: string, fragment: string, principal: Principal): Promise<string> {
  const query =
    principal.kind === 'participant'
      ? `?${PARTICIPANT_TOKEN_PARAM}=${principal.token}`
      : principal.kind === 'la'
        ? `?share=${principal.token}`
        : '';
  const socket = new WebSocket(
    `${world.ctx.t.wsUrl}${COLLAB_PATH}/${docName}${query}`,
    principal.kind === 'staff' ? { headers: { Cookie: principal.cookie } } : {},
  );
  const marker = `probe ${randomBytes(6).toString('hex')}`;
  const edit = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(marker)]);
  edit.getXmlFragment(fragment).insert(0, [paragraph]);
  return new Promise<string>((resolve, reject) => {
    let applied: boolean | null = null;
    const finish = (outcome: string) => {
      resolve(outcome);
      socket.close();
    };
    socket.on('open', () => {
      socket.send(encodeUpdate(Y.encodeStateAsUpdate(edit)));
      // Answered after the edit was handled: messages on one connection are handled in order.
      socket.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    });
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      const type = decoding.readVarUint(decoder);
      if (type === 0 && applied === null && decoding.readVarUint(decoder) === 1) {
        const server = new Y.Doc();
        Y.applyUpdate(server, decoding.readVarUint8Array(decoder));
        applied = server.getXmlFragment(fragment).toString().includes(marker);
        if (!applied) finish(server.getXmlFragment(fragment).length > 0 ? 'read' : 'empty');
      } else if (type === MESSAGE_PERSISTED && applied) {
        const stored = Y.decodeSnapshot(decoding.readVarUint8Array(decoder));
        if ((stored.sv.get(edit.clientID) ?? 0) > 0) finish('edit');
      }
    });
    socket.on('close', (code) => resolve(String(code)));
    socket.on('error', reject);
  });
}

function docRows(rows: [string, keyof typeof DOCS][]) {
  for (const [cells, doc] of rows) {
    it(doc, async () => {
      const expected = parseCells(cells);
      const { name, fragment } = DOCS[doc]!;
      let requests = 0;
      for (const key of PRINCIPAL_KEYS) {
        const outcome = await probeDocument(name(), fragment, principals[key]);
        requests += 1;
        expect.soft(outcome, `${doc} × ${PRINCIPAL_LABELS[key]}`).toBe(expected[key]);
      }
      expect(requests).toBe(PRINCIPAL_KEYS.length);
    });
  }
}

/** A Socket.io connection as the principal: staff by cookie; link holders try their token. */
async function socketAs(principal: Principal): Promise<ClientSocket | Error> {
  const token = principal.kind === 'participant' || principal.kind === 'la' ? principal.token : null;
  const socket: ClientSocket = connectSocket(world.ctx.t.baseUrl, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: principal.kind === 'staff' ? { Cookie: principal.cookie } : {},
    ...(token ? { auth: { token }, query: { [principal.kind === 'la' ? 'share' : PARTICIPANT_TOKEN_PARAM]: token } } : {}),
  });
  openSockets.push(socket);
  return new Promise((resolve) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', resolve);
  });
}

function emit<E extends keyof ClientToServerEvents>(socket: ClientSocket, event: E, payload: unknown) {
  return new Promise<Ack<unknown>>((resolve) =>
    (socket.emit as (event: string, payload: unknown, ack: (result: Ack<unknown>) => void) => void)(event, payload, resolve),
  );
}

async function staffSocket(key: 'sendco' | 'staff' | 'otherSchool'): Promise<ClientSocket> {
  const socket = await socketAs(principals[key]);
  if (socket instanceof Error) throw socket;
  return socket;
}

/** The strings of the home school another school must never be sent. */
const homeSecrets = () => [
  world.homeSchoolName,
  world.ctx.home.schoolId,
  ...Object.values(world.reviews).flatMap((r) => r.secrets),
];

beforeAll(async () => {
  world = await buildWorld();
  // While the review is open, the only way to an LA link is the service itself.
  const review = await loadReviewFacts(open().id);
  const linkOnOpenReview = async () => {
    const link = await createShareLink(review, { expiresInDays: 30 }, world.ctx.home.sendco.id, 'http://localhost');
    return { kind: 'la', id: link.id, token: tokenOf(link.url), reviewId: review.id } as const;
  };
  const la = await linkOnOpenReview();
  const laRevoked = await linkOnOpenReview();
  const laExpired = await linkOnOpenReview();
  await revokeLa(sendco(), laRevoked);
  await expireLa(laExpired.id);
  principals = { ...world.principals, la, laRevoked, laExpired };
  const { professional } = world.principals;
  expect((await world.ctx.anonymous.post(`/api/participant/${professional.token}/submit`)).status).toBe(200);
});
afterAll(async () => {
  openSockets.forEach((socket) => socket.disconnect());
  await world.ctx.t.stop();
  await dropTestDatabase();
});

describe('authorization matrix: realtime', () => {
  it('covers every Socket.io event and every kind of document', () => {
    const covered = [...PRESENCE.map(([, event]) => event as string), ...Object.keys(ROOM_EVENTS)];
    const events = Object.values(SocketEvents) as string[];
    expect(
      events.filter((event) => !covered.includes(event)),
      'Socket.io events missing from the matrix',
    ).toEqual([]);
    // Every document-name builder the shared contract exports, and the kind of document it names.
    const ids = [String(new Types.ObjectId()), String(new Types.ObjectId())] as const;
    const builders = Object.entries(shared).filter(
      ([name, value]) => name.endsWith('DocName') && name !== 'parseDocName' && typeof value === 'function',
    );
    expect(builders.length).toBeGreaterThan(1);
    const kindOf = (name: string) => parseDocName(name)?.kind ?? `unparsable: ${name}`;
    const kinds = builders.map(([, build]) => kindOf((build as (...args: string[]) => string)(...ids)));
    const coveredKinds = (rows: [string, keyof typeof DOCS][]) =>
      new Set(rows.map(([, doc]) => parseDocName(DOCS[doc]!.name())?.kind).filter(Boolean));
    for (const rows of [WHILE_OPEN, ONCE_FINALISED])
      expect(
        kinds.filter((kind) => !coveredKinds(rows).has(kind as ParsedDocName['kind'])),
        'document kinds missing from a matrix',
      ).toEqual([]);
  });

  describe('Socket.io presence', () => {
    for (const [cells, event] of PRESENCE) {
      it(event, async () => {
        const expected = parseCells(cells);
        for (const key of PRINCIPAL_KEYS) {
          const cell = `${event} × ${PRINCIPAL_LABELS[key]}`;
          const socket = await socketAs(principals[key]);
          if (socket instanceof Error) {
            expect.soft(socket.message === 'unauthenticated' ? '401' : socket.message, cell).toBe(expected[key]);
            continue;
          }
          const ack = await emit(socket, event, { reviewId: open().id });
          const outcome = ack.ok ? 'ok' : ack.error.code === 'review_not_found' ? '404' : ack.error.code;
          expect.soft(outcome, cell).toBe(expected[key]);
          if (key === 'otherSchool') {
            for (const secret of homeSecrets())
              expect.soft(JSON.stringify(ack).includes(secret), `${cell} sent "${secret}"`).toBe(false);
            if (event === 'review:join')
              expect
                .soft(ack, `${cell} differs from a review that does not exist`)
                .toEqual(await emit(socket, event, { reviewId: String(new Types.ObjectId()) }));
          }
          socket.disconnect();
        }
      });
    }
  });

  describe('documents while the review is open', () => {
    docRows(WHILE_OPEN);
  });

  describe('Socket.io room events', () => {
    it('sends a review’s room events to its school only', async () => {
      const member = await staffSocket('sendco');
      const teacher = await staffSocket('staff');
      const outsider = await staffSocket('otherSchool');
      const reviewId = open().id;
      const seenByMember: string[] = [];
      const seenByOutsider: string[] = [];
      member.onAny((event: string, payload: { reviewId?: string; people?: PresentPerson[] }) => {
        // Presence counts once it shows the teacher who joined.
        if (payload?.reviewId === reviewId && (!payload.people || payload.people.some((p) => p.role === 'staff')))
          seenByMember.push(event);
      });
      outsider.onAny(
        (event: string, payload: { reviewId?: string }) => payload?.reviewId === reviewId && seenByOutsider.push(event),
      );
      expect((await emit(member, 'review:join', { reviewId })).ok).toBe(true);
      expect((await emit(outsider, 'review:join', { reviewId })).ok).toBe(false);
      expect((await emit(outsider, 'review:leave', { reviewId })).ok).toBe(true);
      for (const [event, happen] of Object.entries(ROOM_EVENTS)) {
        await happen({ teacher });
        await waitFor(() => seenByMember.includes(event), { message: `the school sees ${event}` });
        // Anything the server sent the outsider before this answer has arrived by now.
        expect((await emit(outsider, 'review:join', { reviewId: world.ctx.other.reviewId })).ok).toBe(true);
        expect(seenByOutsider, `another school received ${event}`).toEqual([]);
      }
    });
  });

  describe('documents once the review is finalised', () => {
    beforeAll(async () => {
      // The room-events test finalised the review; the LA links are now made through the route.
      expect((await sendco().get(`/api/reviews/${open().id}`)).body.review.status).toBe('finalised');
      const la = await laPrincipal(sendco(), open().id);
      const laRevoked = await laPrincipal(sendco(), open().id);
      await revokeLa(sendco(), laRevoked);
      const laExpired = await laPrincipal(sendco(), open().id);
      await expireLa(laExpired.id);
      principals = { ...principals, la, laRevoked, laExpired };
    });
    docRows(ONCE_FINALISED);
  });

  describe('review facts read together (a room authorised at once)', () => {
    it('are what reading each alone gives, in the order asked, with unknown, malformed and repeated ids', async () => {
      const known = [open().id, world.reviews.openOther.id, world.reviews.finalisedOther.id, world.ctx.other.reviewId];
      const asked = [...known, new Types.ObjectId().toHexString(), 'not-an-id', known[1]!, known[0]!];
      const alone = await Promise.all(asked.map((id) => loadReviewFacts(id).catch((error: unknown) => error)));
      const together = await loadManyReviewFacts(asked);
      expect(together).toEqual(alone);
      const facts = together.filter((result): result is ReviewFacts => !(result instanceof Error));
      expect(facts.map((review) => review.id)).toEqual([...known, known[1], known[0]]);
      expect(new Set(facts.map((review) => review.status))).toEqual(new Set(['open', 'finalised']));
      expect(facts[0]!.participantEmails.length).toBeGreaterThan(0);
      expect(together.filter((result) => result instanceof Error)).toHaveLength(2);
    });
  });
});
