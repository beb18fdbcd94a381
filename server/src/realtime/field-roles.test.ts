import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  addCalendarDays,
  todayInEngland,
  COLLAB_PATH,
  CollabCloseCodes,
  CollabCloseReasons,
  PARTICIPANT_TOKEN_PARAM,
  REPORT_CHOICE_LOG,
  REPORT_FIELDS_MAP,
  REPORT_ROW_ARRAYS,
  REPORT_TEXT_FRAGMENTS,
  reportDocName,
  type ChoiceChange,
} from '@ehcp/shared';
import { connectCollabClient, type CollabClient } from '../test/collab-client.ts';
import { TestClient } from '../test/http-client.ts';
import { inviteParticipant } from '../test/participant-links.ts';
import { startWithSchool, stopSchoolApp, type SchoolApp } from '../test/school-app.ts';
import { waitFor } from '../test/wait-for.ts';
import { encodeSyncStep1, encodeUpdate } from './documents/index.ts';

/**
 * Issue 11 item 5: who may write which part of the meeting report is decided on the server, for
 * the editor's own client and for updates crafted over a raw WebSocket alike.
 */
let s: SchoolApp;
let docName: string;
let parentToken: string;
let epToken: string;
let teacher: TestClient;
const clients: CollabClient[] = [];

const open = (auth: Parameters<typeof connectCollabClient>[2]) => {
  const client = connectCollabClient(s.t.wsUrl, docName, auth);
  clients.push(client);
  return client;
};
const serverDoc = () => s.t.app.realtime.documents.registry.loaded(docName)!.doc;
const synced = (client: CollabClient) =>
  waitFor(() => client.provider.synced && client.role()?.writer, { message: 'writer known' });
const paragraph = (text: string) => {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  return p;
};

beforeAll(async () => {
  s = await startWithSchool();
  docName = reportDocName(s.school.reviewId);
  const invite = async (name: string, email: string, role: 'parent_carer' | 'educational_psychologist') =>
    (await inviteParticipant(s.sendco, s.school.reviewId, { name, email, role, dueDate: addCalendarDays(todayInEngland(), 30) }))
      .token;
  parentToken = await invite('Pat Parent', 'pat@example.test', 'parent_carer');
  epToken = await invite('Eve EP', 'eve@example.test', 'educational_psychologist');
  teacher = await new TestClient(s.t.baseUrl).login(s.school.staff.email, s.school.password);
  // The SENDCo adds an outcome row and an attendee first: rows are the school's to add.
  const sendco = open({ cookie: s.sendco.sessionCookie! });
  await synced(sendco);
  sendco.doc.transact(() => {
    const outcome = new Y.Map<unknown>();
    outcome.set('id', 'o1');
    for (const field of ['outcome', 'evidence']) outcome.set(field, new Y.Text(''));
    sendco.doc.getArray(REPORT_ROW_ARRAYS.outcomes).push([outcome]);
    const attendee = new Y.Map<unknown>();
    attendee.set('id', 'a1');
    attendee.set('name', new Y.Text('Pat Parent'));
    sendco.doc.getArray(REPORT_ROW_ARRAYS.attendees).push([attendee]);
  });
  await waitFor(() => serverDoc().getArray(REPORT_ROW_ARRAYS.outcomes).length === 1);
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await stopSchoolApp(s);
});

describe('field-level roles in the meeting report', () => {
  it('tells each editor which parts it may write', async () => {
    const parent = open({ participant: parentToken });
    const ep = open({ participant: epToken });
    const staff = open({ cookie: teacher.sessionCookie! });
    expect((await synced(parent)) && parent.role()).toEqual({ role: 'editor', reason: 'open', writer: 'family' });
    expect((await synced(ep)) && ep.role()?.writer).toBe('professional');
    expect((await synced(staff)) && staff.role()?.writer).toBe('staff');
  });

  it('applies what a parent may write: their views, an outcome’s evidence, a proposed change and a disagreement', async () => {
    const parent = open({ participant: parentToken });
    await synced(parent);
    parent.doc.getXmlFragment(REPORT_TEXT_FRAGMENTS.parentViews).insert(0, [paragraph('Mornings are easier now.')]);
    const evidence = (parent.doc.getArray(REPORT_ROW_ARRAYS.outcomes).get(0) as Y.Map<unknown>).get('evidence') as Y.Text;
    evidence.insert(0, 'Reads to us every night.');
    (parent.doc.getMap(REPORT_FIELDS_MAP).get('change.F.disagreement') as Y.Text).insert(0, 'We want weekly therapy.');
    await waitFor(() => serverDoc().getXmlFragment(REPORT_TEXT_FRAGMENTS.parentViews).toString().includes('Mornings are easier'));
    await waitFor(() => String(serverDoc().getMap(REPORT_FIELDS_MAP).get('change.F.disagreement')).includes('weekly therapy'));
    expect(String((serverDoc().getArray(REPORT_ROW_ARRAYS.outcomes).get(0) as Y.Map<unknown>).get('evidence'))).toContain(
      'every night',
    );
    expect(parent.closes).toEqual([]);
  });

  it.each([
    ['ticks “Cease the plan”', (doc: Y.Doc) => doc.getMap(REPORT_FIELDS_MAP).set('recommendation', 'cease')],
    [
      'writes the reasons',
      (doc: Y.Doc) => (doc.getMap(REPORT_FIELDS_MAP).get('recommendation.reasons') as Y.Text).insert(0, 'x'),
    ],
    ['deletes a row', (doc: Y.Doc) => doc.getArray(REPORT_ROW_ARRAYS.outcomes).delete(0, 1)],
    [
      'rates an outcome',
      (doc: Y.Doc) => (doc.getArray(REPORT_ROW_ARRAYS.outcomes).get(0) as Y.Map<unknown>).set('rating', 'achieved'),
    ],
    ['writes the discussion notes', (doc: Y.Doc) => doc.getXmlFragment(REPORT_TEXT_FRAGMENTS.notes).insert(0, [paragraph('x')])],
    [
      'writes into the log of who chose what',
      (doc: Y.Doc) => doc.getMap(REPORT_CHOICE_LOG).set('recommendation', { by: 'SENDCo' }),
    ],
  ])('refuses a parent’s own client when it %s: closed 4403, nothing applied', async (_label, edit) => {
    const parent = open({ participant: parentToken });
    await synced(parent);
    const before = Y.encodeStateVector(serverDoc());
    edit(parent.doc);
    await waitFor(() => parent.closes.length > 0, { message: 'refused' });
    expect(parent.closes[0]).toEqual({ code: CollabCloseCodes.forbidden, reason: CollabCloseReasons.notYourPart });
    expect(Y.encodeStateVector(serverDoc())).toEqual(before);
    expect(serverDoc().getMap(REPORT_FIELDS_MAP).get('recommendation')).toBeUndefined();
    expect(serverDoc().getArray(REPORT_ROW_ARRAYS.outcomes).length).toBe(1);
  });

  it('refuses a crafted update over a raw WebSocket with the parent’s link', async () => {
    const socket = new WebSocket(`${s.t.wsUrl}${COLLAB_PATH}/${docName}?${PARTICIPANT_TOKEN_PARAM}=${parentToken}`);
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    const roles: string[] = [];
    socket.on('message', (data: Buffer) => {
      if (data[0] === 102) roles.push(data.subarray(2).toString());
    });
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(encodeSyncStep1(new Uint8Array([0])));
    // Wait until the server knows who this is (the second role message), then send the crafted edit.
    await waitFor(() => roles.some((role) => role.includes('"writer":"family"')));
    const crafted = new Y.Doc();
    Y.applyUpdate(crafted, Y.encodeStateAsUpdate(serverDoc()));
    crafted.getMap(REPORT_FIELDS_MAP).set('recommendation', 'cease');
    socket.send(encodeUpdate(Y.encodeStateAsUpdate(crafted, Y.encodeStateVector(serverDoc()))));
    expect(await closed).toEqual({ code: CollabCloseCodes.forbidden, reason: CollabCloseReasons.notYourPart });
    expect(serverDoc().getMap(REPORT_FIELDS_MAP).get('recommendation')).toBeUndefined();
  });

  it('refuses a professional in the parents’ views, and a teacher in the recommendation; the teacher writes the provision review', async () => {
    const ep = open({ participant: epToken });
    await synced(ep);
    ep.doc.getXmlFragment(REPORT_TEXT_FRAGMENTS.parentViews).insert(0, [paragraph('from the EP')]);
    await waitFor(() => ep.closes.length > 0);
    expect(ep.closes[0]!.code).toBe(CollabCloseCodes.forbidden);
    const staff = open({ cookie: teacher.sessionCookie! });
    await synced(staff);
    staff.doc.getXmlFragment(REPORT_TEXT_FRAGMENTS.provisionReview).insert(0, [paragraph('Small-group literacy continues.')]);
    await waitFor(() => serverDoc().getXmlFragment(REPORT_TEXT_FRAGMENTS.provisionReview).toString().includes('Small-group'));
    staff.doc.getMap(REPORT_FIELDS_MAP).set('recommendation', 'maintain');
    await waitFor(() => staff.closes.length > 0);
    expect(staff.closes[0]!.reason).toBe(CollabCloseReasons.notYourPart);
    expect(serverDoc().getXmlFragment(REPORT_TEXT_FRAGMENTS.parentViews).toString()).not.toContain('from the EP');
  });

  it('lets the SENDCo choose the recommendation and records who made each choice', async () => {
    const sendco = open({ cookie: s.sendco.sessionCookie! });
    await synced(sendco);
    sendco.doc.getMap(REPORT_FIELDS_MAP).set('recommendation', 'amend');
    (sendco.doc.getArray(REPORT_ROW_ARRAYS.attendees).get(0) as Y.Map<unknown>).set('attendance', 'attended');
    await waitFor(() => serverDoc().getMap(REPORT_CHOICE_LOG).size === 2, { message: 'both choices attributed' });
    const log = serverDoc().getMap<ChoiceChange>(REPORT_CHOICE_LOG);
    expect(log.get('recommendation')).toMatchObject({ by: expect.stringMatching(/^Sam SENDCo/), as: 'SENDCo' });
    expect(log.get('attendees.a1.attendance')).toMatchObject({ as: 'SENDCo' });
    // Everyone sees it: the attribution travels to the other connections.
    await waitFor(() => sendco.doc.getMap(REPORT_CHOICE_LOG).size === 2);
  });

  it('holds back an edit sent before the server knows who is writing, then asks for it again', async () => {
    const early = new Y.Doc();
    Y.applyUpdate(early, Y.encodeStateAsUpdate(serverDoc()));
    early.getXmlFragment(REPORT_TEXT_FRAGMENTS.youngPersonViews).insert(0, [paragraph('Typed offline by the parent.')]);
    const client = open({ participant: parentToken });
    Y.applyUpdate(client.doc, Y.encodeStateAsUpdate(early)); // the offline copy, sent as soon as the socket opens
    await waitFor(() => serverDoc().getXmlFragment(REPORT_TEXT_FRAGMENTS.youngPersonViews).toString().includes('Typed offline'));
    expect(client.closes).toEqual([]);
  });
});
