import { expect, test } from '@playwright/test';
import mongoose from 'mongoose';
import { signIn } from '../fixtures/actors.ts';
import { CaseloadPage } from '../pages/CaseloadPage.ts';
import { ParticipantsPanel } from '../pages/ParticipantsPanel.ts';
import { ReviewWorkspace } from '../pages/ReviewWorkspace.ts';
import { daysFromToday, SENDCO } from '../support/demo.ts';
import { startStack, type Stack } from '../support/stack.ts';

/** Issue 11 item 4: "invite last year's people" in one go. */
let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack?.stop();
});

const PUPIL = 'Ella Morris';

/** Last year's review of the demo pupil, with two people invited then (stored with last year's ids and dates). */
async function seedLastYear(): Promise<void> {
  const connection = await mongoose.createConnection(stack.mongoUri).asPromise();
  try {
    const db = connection.db!;
    const pupil = await db.collection('pupils').findOne({ name: PUPIL });
    const sendco = await db.collection('users').findOne({ email: SENDCO.email });
    const then = new Date(Date.now() - 365 * 86_400_000);
    const reviewId = mongoose.Types.ObjectId.createFromTime(Math.floor(then.getTime() / 1000));
    await db.collection('reviews').insertOne({
      _id: reviewId,
      schoolId: pupil!.schoolId,
      pupilId: pupil!._id,
      status: 'finalised',
      meetingDate: daysFromToday(-365),
      meetingHeld: true,
      createdAt: then,
      updatedAt: then,
    });
    const people = [
      { name: 'Grace Morris', email: 'grace.morris@example.test', role: 'parent_carer' },
      { name: 'Dr Ade Bello', email: 'a.bello@ep.example', role: 'educational_psychologist' },
    ];
    await db.collection('participants').insertMany(
      people.map((person, i) => ({
        ...person,
        reviewId,
        schoolId: pupil!.schoolId,
        dueDate: daysFromToday(-380),
        tokenHash: `last-year-${i}-${reviewId.toHexString()}`,
        expiresAt: then,
        revokedAt: null,
        invitedAt: then,
        invitedBy: sendco!._id,
        createdAt: then,
        updatedAt: then,
      })),
    );
  } finally {
    await connection.close();
  }
}

test('the SENDCo invites last year’s people again in one go', async ({ browser }) => {
  await seedLastYear();
  const sendco = await signIn(browser, stack, SENDCO);
  const caseload = new CaseloadPage(sendco.page);
  await caseload.goto();
  await caseload.openReview(PUPIL);
  await new ReviewWorkspace(sendco.page).recordMeetingDate(daysFromToday(30));
  const panel = new ParticipantsPanel(sendco.page);
  const previous = sendco.page.getByTestId('invite-previous');
  await expect(previous).toContainText('Grace Morris');
  await expect(previous).toContainText('Dr Ade Bello (Educational psychologist)');
  await previous.getByRole('button', { name: 'Invite all 2 again' }).click();
  await expect(panel.participants).toHaveCount(2);
  await expect(panel.statusOf('Grace Morris')).toHaveText('Invited');
  await expect(previous).toHaveCount(0); // nobody left to offer
  await sendco.context.close();
});
