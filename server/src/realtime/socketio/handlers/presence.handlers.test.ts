import { io as connectSocket, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Ack, ClientToServerEvents, PresentPerson, ServerToClientEvents } from '@ehcp/shared';
import { createSchoolWithReview } from '../../../test/factories.ts';
import { TestClient } from '../../../test/http-client.ts';
import { dropTestDatabase, startTestApp, type TestApp } from '../../../test/test-app.ts';
import { waitFor } from '../../../test/wait-for.ts';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
let t: TestApp;
let school: Awaited<ReturnType<typeof createSchoolWithReview>>;
const sockets: ClientSocket[] = [];

async function socketFor(cookie?: string): Promise<ClientSocket> {
  const socket: ClientSocket = connectSocket(t.baseUrl, {
    transports: ['websocket'],
    extraHeaders: cookie ? { Cookie: cookie } : {},
    reconnection: false,
  });
  sockets.push(socket);
  return socket;
}

function join(socket: ClientSocket, reviewId: unknown): Promise<Ack<{ people: PresentPerson[] }>> {
  return new Promise((resolve) => socket.emit('review:join', { reviewId }, resolve));
}

beforeAll(async () => {
  t = await startTestApp();
  school = await createSchoolWithReview();
});
afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
afterAll(async () => {
  await t.stop();
  await dropTestDatabase();
});

describe('review room presence over Socket.io', () => {
  it('shows who is in the review and updates when someone leaves', async () => {
    const sendcoCookie = (await new TestClient(t.baseUrl).login(school.sendco.email, school.password)).sessionCookie!;
    const staffCookie = (await new TestClient(t.baseUrl).login(school.staff.email, school.password)).sessionCookie!;
    const a = await socketFor(sendcoCookie);
    let seenByA: PresentPerson[] = [];
    a.on('presence:update', ({ people }) => (seenByA = people));
    expect((await join(a, school.reviewId)).ok).toBe(true);
    const b = await socketFor(staffCookie);
    const joined = await join(b, school.reviewId);
    expect(joined.ok && joined.data.people.map((p) => p.role).sort()).toEqual(['sendco', 'staff']);
    await waitFor(() => seenByA.length === 2, { message: 'A sees B' });
    b.disconnect();
    await waitFor(() => seenByA.length === 1 && seenByA[0]?.role === 'sendco', { message: 'A sees B leave' });
  });

  it('refuses a handshake without a session', async () => {
    const socket = await socketFor();
    const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
    expect(error.message).toBe('unauthenticated');
  });

  it('does not let staff join another school’s review, and validates the payload', async () => {
    const other = await createSchoolWithReview();
    const cookie = (await new TestClient(t.baseUrl).login(other.sendco.email, other.password)).sessionCookie!;
    const socket = await socketFor(cookie);
    const crossSchool = await join(socket, school.reviewId);
    expect(crossSchool).toMatchObject({ ok: false, error: { code: 'review_not_found' } });
    expect(await join(socket, 'nonsense')).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
  });
});
