import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CollabCloseCodes,
  CONTRIBUTION_FRAGMENT,
  contributionDocName,
  reportDocName,
  REPORT_TEXT_FRAGMENTS,
  type ParticipantRole,
} from '@ehcp/shared';
import { Contribution, DocUpdate } from '../models/index.ts';
import { submitContribution } from '../services/index.ts';
import { closeCodeOf, connectCollabClient, isPersisted, openRawSocket, type CollabClient } from '../test/collab-client.ts';
import { createSchoolWithReview } from '../test/factories.ts';
import { TestClient } from '../test/http-client.ts';
import { dropTestDatabase, startTestApp, type TestApp } from '../test/test-app.ts';
import { waitFor } from '../test/wait-for.ts';
import { inviteParticipant } from '../test/participant-links.ts';

let t: TestApp;
let school: Awaited<ReturnType<typeof createSchoolWithReview>>;
let sendco: TestClient;
const clients: CollabClient[] = [];

async function invite(role: ParticipantRole, email: string): Promise<{ id: string; token: string; docName: string }> {
  const dueDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const { id, token } = await inviteParticipant(sendco, school.reviewId, { name: `Someone ${role}`, email, role, dueDate });
  return { id, token, docName: contributionDocName(school.reviewId, id) };
}

function connect(docName: string, auth: { cookie?: string; participant?: string }): CollabClient {
  const client = connectCollabClient(t.wsUrl, docName, { cookie: auth.cookie, participant: auth.participant });
  clients.push(client);
  return client;
}

function draftText(client: CollabClient): string {
  return client.doc.getXmlFragment(CONTRIBUTION_FRAGMENT).toString();
}

beforeAll(async () => {
  t = await startTestApp();
  school = await createSchoolWithReview();
  sendco = await new TestClient(t.baseUrl).login(school.sendco.email, school.password);
});
afterEach(() => clients.splice(0).forEach((client) => client.destroy()));
afterAll(async () => {
  await t.stop();
  await dropTestDatabase();
});

describe('contribution drafts on the document server', () => {
  it('seeds the prompts for the participant’s role once, and lets only that participant write', async () => {
    const parent = await invite('parent_carer', 'parent@example.test');
    const teacher = await invite('school_staff', 'teacher@example.test');
    const writer = connect(parent.docName, { participant: parent.token });
    const staffReader = connect(parent.docName, { cookie: sendco.sessionCookie! });
    await waitFor(() => writer.provider.synced && staffReader.provider.synced);
    expect(draftText(writer)).toContain('What is going well');
    expect(draftText(writer)).toContain('What worries you');
    writer.type('He loves swimming club.', CONTRIBUTION_FRAGMENT);
    await waitFor(() => isPersisted(writer) && draftText(staffReader).includes('swimming'), { message: 'staff sees the draft' });
    await waitFor(async () => (await Contribution.findOne({ participantId: parent.id }).lean())?.draftStartedAt, {
      message: 'drafting recorded',
    });

    // Staff read drafts but cannot write to them.
    staffReader.type('STAFF EDIT', CONTRIBUTION_FRAGMENT);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(draftText(writer)).not.toContain('STAFF EDIT');

    // Another participant's link opens nothing of this draft.
    expect(await closeCodeOf(await openRawSocket(t.wsUrl, parent.docName, { participant: teacher.token }))).toBe(
      CollabCloseCodes.forbidden,
    );
    // Everyone invited co-edits the meeting report of their review, in the parts they may write (field-roles.test.ts).
    const parentInMeeting = connect(reportDocName(school.reviewId), { participant: parent.token });
    const sendcoInMeeting = connect(reportDocName(school.reviewId), { cookie: sendco.sessionCookie! });
    await waitFor(() => parentInMeeting.provider.synced && sendcoInMeeting.provider.synced);
    parentInMeeting.type('Parent: he is happier this year.', REPORT_TEXT_FRAGMENTS.parentViews);
    await waitFor(
      () => sendcoInMeeting.doc.getXmlFragment(REPORT_TEXT_FRAGMENTS.parentViews).toString().includes('happier this year'),
      {
        message: 'the SENDCo sees the parent’s edit',
      },
    );
    const teacherDraft = connect(teacher.docName, { participant: teacher.token });
    await waitFor(() => teacherDraft.provider.synced);
    expect(draftText(teacherDraft)).toContain('Progress against each outcome in the plan');
  });

  it('locks and snapshots a submitted contribution; the participant can read it but not change it', async () => {
    const psychologist = await invite('educational_psychologist', 'ep@example.test');
    const writer = connect(psychologist.docName, { participant: psychologist.token });
    await waitFor(() => writer.provider.synced);
    writer.type('Working memory has improved; keep the small-group sessions.', CONTRIBUTION_FRAGMENT);
    await waitFor(() => isPersisted(writer));

    const contributor = {
      participantId: psychologist.id,
      reviewId: school.reviewId,
      schoolId: school.schoolId,
      isReviewFinalised: false,
    };
    await submitContribution({ reportContent: t.app.realtime.reportContent, events: t.app.events }, contributor);
    const stored = await Contribution.findOne({ participantId: psychologist.id }).lean();
    expect(stored?.submittedAt).toBeInstanceOf(Date);
    expect(stored?.contentJson).toContain('Working memory has improved');
    await expect(
      submitContribution({ reportContent: t.app.realtime.reportContent, events: t.app.events }, contributor),
    ).rejects.toMatchObject({
      code: 'contribution_submitted',
    });

    await waitFor(() => writer.closes.some((c) => c.code === CollabCloseCodes.accessChanged), {
      message: 'connections closed on submit',
    });
    await waitFor(() => writer.provider.synced, { message: 'reconnected as a reader' });
    const logged = await DocUpdate.countDocuments({ docName: psychologist.docName });
    writer.type('AFTER SUBMISSION', CONTRIBUTION_FRAGMENT);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await DocUpdate.countDocuments({ docName: psychologist.docName })).toBe(logged);
    const reader = connect(psychologist.docName, { cookie: sendco.sessionCookie! });
    await waitFor(() => reader.provider.synced && draftText(reader).includes('Working memory'));
    expect(draftText(reader)).not.toContain('AFTER SUBMISSION');
  });
});
