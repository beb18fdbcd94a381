import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from '../fixtures/actors.ts';
import { CaseloadPage } from '../pages/CaseloadPage.ts';
import { CirculatePanel } from '../pages/CirculatePanel.ts';
import { OutcomePage } from '../pages/OutcomePage.ts';
import { ParticipantsPanel } from '../pages/ParticipantsPanel.ts';
import { ReviewWorkspace } from '../pages/ReviewWorkspace.ts';
import { SharePanel } from '../pages/SharePanel.ts';
import { daysFromToday, SENDCO } from '../support/demo.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * Issue 11: a late review from booking to the LA link, with a parent and an educational
 * psychologist. The meeting is booked six days ahead, so the statutory circulation date has
 * already passed: every step warns with the reason and none refuses.
 */
let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack?.stop();
});

const PUPIL = 'Farhan Ali';

async function openLink(browser: Browser, link: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('annual review');
  return page;
}

test('a late review: booked six days ahead, invitations warned not refused, field roles in the meeting, finalised and sent to the LA', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const sendco = await signIn(browser, stack, SENDCO);
  const caseload = new CaseloadPage(sendco.page);
  await caseload.goto();
  await caseload.openReview(PUPIL);
  const review = new ReviewWorkspace(sendco.page);

  // Booking at short notice warns with the statutory reason.
  await review.recordMeetingDate(daysFromToday(6), { time: '14:30', place: 'Oakfield, Room 4' });
  await expect(sendco.page.getByTestId('meeting-warnings')).toContainText('Short notice');
  await expect(sendco.page.getByTestId('meeting-summary')).toContainText('14:30 to 15:30, at Oakfield, Room 4');

  // Invitations: the form says the statutory date has passed and offers a date; both are accepted.
  const panel = new ParticipantsPanel(sendco.page);
  await expect(panel.panel.getByTestId('invitation-late-notice')).toContainText('has passed');
  await expect(panel.panel.getByLabel(/Needed by/)).not.toHaveValue('');
  const parentLink = await panel.add({ name: 'Linh Ali', email: 'linh.ali@example.test', role: 'Parent or carer' });
  const epLink = await panel.add({
    name: 'Dr Sam Okoro',
    email: 's.okoro@ep.example',
    role: 'Educational psychologist',
    dueDate: daysFromToday(1),
  });
  await expect(panel.participants.getByTestId('participant-late')).toHaveCount(2);

  // This week on the caseload: the meeting, both contributions and the late papers.
  await sendco.page.goto('/');
  const week = sendco.page.getByTestId('this-week');
  await expect(week.getByTestId('this-week-meetings')).toContainText(PUPIL);
  await expect(week.getByTestId('this-week-meetings')).toContainText('14:30');
  await expect(week.getByTestId('this-week-contributions').getByTestId('this-week-item')).toHaveCount(2);
  await expect(week.getByTestId('this-week-papers').locator('[data-late]')).toContainText(PUPIL);

  // The parent sends her contribution; the papers go out late, with the warning confirmed.
  const parent = await openLink(browser, parentLink);
  const draft = parent.getByTestId('contribution-editor');
  await draft.locator('h2 + p').first().click();
  await parent.keyboard.type('Farhan is happier at school and sleeps better.');
  await expect(parent.getByTestId('save-status')).toHaveText('Saved');
  await parent.getByRole('button', { name: 'Send my views' }).click();
  await parent.getByRole('button', { name: 'Yes, send my views' }).click();
  await expect(parent.getByTestId('contribution-sent')).toBeVisible();
  await caseload.openReview(PUPIL);
  const circulation = new CirculatePanel(sendco.page);
  expect((await circulation.readWarnings()).join('\n')).toMatch(/late|Dr Sam Okoro/);
  await circulation.circulate({ confirmWarnings: true });

  // The meeting is held today. The parent writes her views; the recommendation is the SENDCo's.
  await review.recordMeetingDate(daysFromToday(0), { time: '14:30', place: 'Oakfield, Room 4' });
  await parent.reload();
  const parentMeeting = parent.getByTestId('participant-meeting');
  await parentMeeting.getByRole('button', { name: 'Open the meeting report' }).click();
  await expect(parentMeeting.getByTestId('writer-rights')).toContainText('parents’ and carers’ views');
  await expect(parentMeeting.getByTestId('part-recommendation')).toContainText('The SENDCo writes this part');
  // Parts the parent does not write are folded under their headings (issue 12): open it to read it.
  await parentMeeting.getByTestId('part-recommendation').locator('summary').click();
  await expect(parentMeeting.getByRole('radio', { name: 'Cease the plan' })).toBeDisabled();
  await expect(parentMeeting.getByTestId('part-notes')).toContainText('Written by the school');
  await parentMeeting.getByTestId('editor-parent-views').click();
  await parent.keyboard.type('Linh: mornings are calmer since the visual timetable.', { delay: 5 });
  await expect(parentMeeting.getByTestId('save-status')).toHaveText('Saved');

  // The psychologist proposes a change; the families' views are not hers to write.
  const ep = await openLink(browser, epLink);
  const epMeeting = ep.getByTestId('participant-meeting');
  await epMeeting.getByRole('button', { name: 'Open the meeting report' }).click();
  await expect(epMeeting.getByTestId('editor-parent-views')).toHaveAttribute('contenteditable', 'false');
  await epMeeting
    .getByTestId('part-changes')
    .getByLabel('Proposed change')
    .nth(2)
    .fill('Dr Okoro: a speech and language assessment this term.');
  await expect(epMeeting.getByTestId('save-status')).toHaveText('Saved');

  // The SENDCo completes the report, sees who chose the recommendation, and finalises after confirming.
  await expect(sendco.page.locator('.meeting-report')).toContainText('mornings are calmer');
  await review.completeReport({ recommendation: 'Amend the plan', reasons: 'Section F should add weekly therapy.' });
  await expect(sendco.page.getByTestId('part-recommendation').getByTestId('choice-by')).toContainText('(SENDCo)');
  await review.finalise();

  // The LA link, copied with a button; the SENDCo records that the report went to the LA today.
  const url = await new SharePanel(sendco.page).createLink();
  await sendco.page.getByRole('button', { name: 'Copy link' }).click();
  await expect(sendco.page.getByTestId('copy-status')).toContainText(/Copied|select the text/);
  await sendco.page.getByRole('button', { name: /record the report as sent today/ }).click();
  await expect(sendco.page.getByTestId('report-sent')).toContainText('Report recorded as sent to the LA');
  await expect(sendco.page.getByTestId('review-timeline')).toContainText('The law: LA decision due by');

  // The outbox: the invitations' personal links are clickable.
  await sendco.page.goto('/outbox');
  const invitation = sendco.page
    .getByTestId('outbox-message')
    .filter({ hasText: 'your contribution is needed by' })
    .filter({ hasText: 'linh.ali@example.test' });
  await invitation.locator('summary').click();
  await expect(invitation.getByTestId('outbox-text').locator('a[href*="/p/"]')).toHaveCount(1);

  // The LA page: the recommendation, the parent's views and the psychologist's proposal.
  const la = await (await browser.newContext()).newPage();
  const outcome = new OutcomePage(la);
  await outcome.goto(url);
  await expect(outcome.recommendation).toHaveText('Amend the plan');
  await expect(la.getByTestId('pupil-identifiers')).toContainText('Date of birth');
  await expect(la.getByTestId('pupil-identifiers')).toContainText('Local authority');
  await expect(outcome.report).toContainText('mornings are calmer since the visual timetable');
  await expect(outcome.report).toContainText('Dr Okoro: a speech and language assessment this term.');

  // The family sees the outcome on their own page.
  await parent.reload();
  await expect(parent.getByTestId('participant-outcome-recommendation')).toHaveText('Amend the plan');
  await expect(parent.getByTestId('participant-outcome')).toContainText('mornings are calmer');

  for (const page of [parent, ep, la]) await page.context().close();
  await sendco.context.close();
});
