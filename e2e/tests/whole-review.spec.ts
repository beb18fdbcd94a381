import { expect, test, type Browser, type Page } from '@playwright/test';
import mongoose from 'mongoose';
import { startSmtpSink, type SmtpSink } from '../../server/src/test/smtp-sink.ts';
import { signIn } from '../fixtures/actors.ts';
import { AuditTrailPage } from '../pages/AuditTrailPage.ts';
import { CaseloadPage } from '../pages/CaseloadPage.ts';
import { CirculatePanel, ParticipantPapers } from '../pages/CirculatePanel.ts';
import { OutcomePage } from '../pages/OutcomePage.ts';
import { ParticipantsPanel } from '../pages/ParticipantsPanel.ts';
import { ReviewWorkspace } from '../pages/ReviewWorkspace.ts';
import { SharePanel } from '../pages/SharePanel.ts';
import { daysFromToday, SENDCO } from '../support/demo.ts';
import { startStack, type Stack } from '../support/stack.ts';

let smtp: SmtpSink;
let stack: Stack;
test.beforeAll(async () => {
  smtp = await startSmtpSink();
  stack = await startStack({ env: { SMTP_URL: smtp.url, MAIL_FROM: 'reviews@oakfield.example' } });
});
test.afterAll(async () => {
  await stack?.stop();
  await smtp?.close();
});

const PARENT = { name: 'Linh Nguyen', email: 'linh.nguyen@example.test', role: 'Parent or carer' };
const TEACHER = { name: 'Tom Hughes', email: 'tom.hughes@example.test', role: 'Teacher or other school staff' };
const EP = { name: 'Dr Sam Okoro', email: 'sam.okoro@example.test', role: 'Educational psychologist' };

/** The messages the test SMTP server received for `email`, decoded from quoted-printable line breaks. */
function mailTo(email: string): string[] {
  return smtp.received.filter((mail) => mail.to.includes(email)).map((mail) => mail.raw.replace(/=\r?\n/g, ''));
}

/** The personal link in the invitation the SMTP server received for `email`. */
async function linkFromEmail(email: string): Promise<string> {
  await expect.poll(() => mailTo(email).length, { message: `an invitation reached ${email}` }).toBeGreaterThan(0);
  const link = /https?:\/\/[^\s"<>]+\/p\/[A-Za-z0-9_-]{43}/.exec(mailTo(email)[0]!)?.[0];
  expect(link, 'the invitation holds a personal link').toBeTruthy();
  return link!;
}

/** A participant in their own browser, with no account, on their personal link. */
async function openLink(browser: Browser, link: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('annual review');
  return page;
}

async function draftAndSend(page: Page, text: string): Promise<void> {
  const draft = page.getByTestId('contribution-editor');
  await expect(draft).toHaveAttribute('contenteditable', 'true');
  await draft.locator('h2 + p').first().click();
  await page.keyboard.type(text);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await page.getByRole('button', { name: 'Send my views' }).click();
  await page.getByRole('button', { name: 'Yes, send my views' }).click();
  await expect(page.getByTestId('contribution-sent')).toBeVisible();
}

/** Time passes: the contributions fall due (the participants' due date becomes yesterday). */
async function contributionsFallDue(reviewId: string): Promise<void> {
  const connection = await mongoose.createConnection(stack.mongoUri).asPromise();
  try {
    const reviewObjectId = new mongoose.Types.ObjectId(reviewId);
    await connection
      .db!.collection('participants')
      .updateMany({ reviewId: reviewObjectId }, { $set: { dueDate: daysFromToday(-1) } });
  } finally {
    await connection.close();
  }
}

/** A participant joins the meeting from their link and writes in one part of the report. */
async function writeInMeeting(page: Page, editorTestId: string, text: string): Promise<void> {
  const meeting = page.getByTestId('participant-meeting');
  await meeting.getByRole('button', { name: 'Open the meeting report' }).click();
  const editor = meeting.getByTestId(editorTestId);
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: 5 });
  await expect(meeting.getByTestId('save-status')).toHaveText('Saved');
}

/** A professional proposes a change to one section of the plan (0 = section A) from their link. */
async function proposeChange(page: Page, section: number, text: string, { isOpen = false } = {}): Promise<void> {
  const meeting = page.getByTestId('participant-meeting');
  if (!isOpen) await meeting.getByRole('button', { name: 'Open the meeting report' }).click();
  await expect(meeting.getByTestId('editor-provision-review')).toHaveAttribute('contenteditable', 'false');
  await meeting.getByTestId('part-changes').getByLabel('Proposed change').nth(section).fill(text);
  await expect(meeting.getByTestId('save-status')).toHaveText('Saved');
}

test('a whole review: invitations, contributions, a reminder, circulation, the meeting, finalisation and the LA link', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const sendco = await signIn(browser, stack, SENDCO);
  const caseload = new CaseloadPage(sendco.page);
  await caseload.goto();
  const reviewId = await caseload.openReview('Chloe Nguyen');
  const review = new ReviewWorkspace(sendco.page);
  await review.recordMeetingDate(daysFromToday(20));

  // The SENDCo invites three people; each invitation reaches the SMTP server with a personal link.
  const panel = new ParticipantsPanel(sendco.page);
  for (const person of [PARENT, TEACHER, EP]) await panel.add(person);
  const links = {
    parent: await linkFromEmail(PARENT.email),
    teacher: await linkFromEmail(TEACHER.email),
    ep: await linkFromEmail(EP.email),
  };
  expect(mailTo(PARENT.email)[0]).toContain('Chloe');

  // Two of them draft and send in their own browsers; the third does not.
  const parent = await openLink(browser, links.parent);
  await draftAndSend(parent, 'Chloe has made two new friends and reads to her brother at bedtime.');
  const teacher = await openLink(browser, links.teacher);
  await draftAndSend(teacher, 'Chloe now reads Level 14 books independently; phonics target met.');

  // The date passes: the tracker shows the psychologist overdue, and a reminder goes out.
  await contributionsFallDue(reviewId);
  await sendco.page.reload();
  await expect(panel.statusOf(PARENT.name)).toHaveText('Submitted');
  await expect(panel.statusOf(TEACHER.name)).toHaveText('Submitted');
  await expect(panel.statusOf(EP.name)).toHaveText('Overdue');
  await panel.nudge(EP.name);
  await expect.poll(() => mailTo(EP.email).length, { message: 'the reminder reached the psychologist' }).toBe(2);
  expect(mailTo(EP.email)[1]).toMatch(/remind/i);

  // Papers are circulated, with a warning that one contribution is missing.
  const circulation = new CirculatePanel(sendco.page);
  expect((await circulation.readWarnings()).join('\n')).toContain(EP.name);
  await circulation.circulate({ confirmWarnings: true });
  await parent.reload();
  const papers = new ParticipantPapers(parent);
  await expect(papers.contributionBy(TEACHER.name)).toContainText('Level 14 books');

  // The meeting is held today: the three co-edit the report with the SENDCo.
  await review.recordMeetingDate(daysFromToday(0));
  const ep = await openLink(browser, links.ep);
  // Each writes where they may (field roles): the parent the views, the EP a proposed change.
  await writeInMeeting(parent, 'editor-parent-views', 'Linh: mornings are calmer since the visual timetable.');
  // The parent sees her own part open; the rest is folded under its headings, there to read.
  const folded = parent.getByTestId('participant-meeting').getByTestId('part-provision');
  await expect(folded).toHaveJSProperty('tagName', 'DETAILS');
  await expect(folded).toHaveJSProperty('open', false);
  await folded.getByRole('heading', { name: 'Provision review' }).click();
  await expect(folded.getByTestId('editor-provision-review')).toBeVisible();
  // The class teacher came by link, so writes as a professional: a proposed change, not the school's provision review.
  await proposeChange(teacher, 1, 'Tom: small-group phonics can reduce to twice a week.');
  const epMeeting = ep.getByTestId('participant-meeting');
  await epMeeting.getByRole('button', { name: 'Open the meeting report' }).click();
  await expect(epMeeting.getByTestId('editor-young-person-views')).toHaveAttribute('contenteditable', 'false');
  await expect(epMeeting.getByTestId('part-recommendation')).toContainText('The SENDCo writes this part');
  await proposeChange(ep, 5, 'Dr Okoro: add weekly speech and language therapy.', { isOpen: true });
  await parent.getByTestId('editor-young-person-views').click();
  await parent.keyboard.type('Chloe told us she likes the reading corner best.', { delay: 5 });
  await expect(parent.getByTestId('participant-meeting').getByTestId('save-status')).toHaveText('Saved');
  for (const text of ['mornings are calmer', 'likes the reading corner'])
    await expect(sendco.page.locator('.meeting-report')).toContainText(text);
  const proposed = sendco.page.getByTestId('part-changes').getByLabel('Proposed change');
  await expect(proposed.nth(1)).toHaveValue(/small-group phonics/);
  await expect(proposed.nth(5)).toHaveValue(/weekly speech and language therapy/);
  await expect(sendco.page.getByTestId('part-contributions').getByTestId('quoted-contribution')).toHaveCount(2);

  // Finalisation first refuses, listing what is missing; then the report is completed and finalised.
  const missing = await review.finaliseExpectingMissing();
  expect(missing).toEqual(
    expect.arrayContaining(['Attendees: record who attended', 'Progress towards outcomes: add each Section E outcome']),
  );
  expect(missing.join('\n')).not.toContain("young person's views");
  await sendco.page.getByRole('button', { name: 'Add everyone invited' }).click();
  const attendees = sendco.page.getByTestId('attendees-row');
  await expect(attendees).toHaveCount(3);
  for (const row of await attendees.all()) await row.getByLabel('Attendance').selectOption('attended');
  await review.completeReport({
    recommendation: 'Amend the plan',
    reasons: 'Section F should add weekly speech and language therapy.',
  });
  await review.finalise();
  await expect(sendco.page.getByTestId('report-snapshot')).toContainText('mornings are calmer');
  await expect(sendco.page.getByTestId('report-snapshot')).toContainText('Level 14 books');

  // The LA link shows the outcome; the view is in the audit trail; a withdrawn link says so plainly.
  const share = new SharePanel(sendco.page);
  const url = await share.createLink();
  const la = await (await browser.newContext()).newPage();
  const outcome = new OutcomePage(la);
  await outcome.goto(url);
  await expect(outcome.recommendation).toHaveText('Amend the plan');
  await expect(la.getByTestId('outcome-summary')).toContainText('Section F should add weekly speech and language therapy.');
  await expect(outcome.report).toContainText('mornings are calmer since the visual timetable');
  // Attendees are a table in every copy of the report (shared reportSections).
  const psychologist = outcome.report.getByRole('row', { name: /Dr Sam Okoro/ });
  await expect(psychologist.getByRole('cell')).toHaveText(['Dr Sam Okoro', 'Educational psychologist', 'Attended']);
  await expect(la.getByTestId('outcome-decision-due')).toBeVisible();
  await expect(la.getByTestId('statutory-dates')).toContainText('LA decision due');
  await outcome.expectNothingEditable();
  const audit = new AuditTrailPage(sendco.page);
  await audit.goto();
  await expect(audit.eventsLabelled('LA link opened')).toHaveCount(1);
  await sendco.page.goto(`/reviews/${reviewId}`);
  await share.revoke();
  await outcome.expectUnavailable(url);

  for (const page of [parent, teacher, ep, la]) await page.context().close();
  await sendco.context.close();
});
