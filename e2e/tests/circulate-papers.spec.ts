import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/actors.ts';
import { CaseloadPage } from '../pages/CaseloadPage.ts';
import { CirculatePanel, ParticipantPapers } from '../pages/CirculatePanel.ts';
import { ParticipantsPanel } from '../pages/ParticipantsPanel.ts';
import { ReviewWorkspace } from '../pages/ReviewWorkspace.ts';
import { sendContribution } from '../support/contribution.ts';
import { daysFromToday, SENDCO } from '../support/demo.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack.stop();
});

test('the SENDCo circulates late papers with one contribution missing, and a participant reads the pack', async ({ browser }) => {
  const sendco = await signIn(browser, stack, SENDCO);
  const caseload = new CaseloadPage(sendco.page);
  await caseload.goto();
  const reviewId = await caseload.openReview('Farhan Ali');
  const participants = new ParticipantsPanel(sendco.page);
  const parentLink = await participants.add({
    name: 'Nadia Ali',
    email: 'nadia.ali@example.test',
    role: 'Parent or carer',
    dueDate: daysFromToday(3),
  });
  await participants.add({
    name: 'Dr Grace Lee',
    email: 'grace.lee@example.test',
    role: 'Educational psychologist',
    dueDate: daysFromToday(3),
  });
  // The meeting is booked 10 days ahead, so the papers were due 4 days ago.
  await new ReviewWorkspace(sendco.page).recordMeetingDate(daysFromToday(10));

  const parent = await browser.newContext({ baseURL: stack.baseUrl });
  const parentPage = await parent.newPage();
  await parentPage.goto(parentLink);
  const papers = new ParticipantPapers(parentPage);
  await expect(papers.section).toContainText('has not shared the papers yet');
  await sendContribution(parentPage, 'What is going well', 'Farhan loves the new reading club.');

  await sendco.page.reload();
  const panel = new CirculatePanel(sendco.page);
  await expect(panel.panel.getByTestId('circulation-due').locator('time')).toHaveAttribute('datetime', daysFromToday(-4));
  expect(await panel.readWarnings()).toEqual([
    expect.stringMatching(/^4 days late: papers were due by/),
    'No contribution from Dr Grace Lee (Educational psychologist).',
  ]);
  await panel.circulate();
  await expect(panel.lateness()).toHaveText('4 days late');
  await expect(panel.result).toContainText('2 participants told by email');
  await expect(panel.current).toContainText(/Recorded on the statutory timeline/);

  await parentPage.reload();
  await expect(papers.contributions).toHaveCount(1);
  const quoted = papers.contributionBy('Nadia Ali');
  await expect(quoted).toContainText('Parent or carer');
  await expect(quoted.getByTestId('pack-contribution-text')).toContainText('Farhan loves the new reading club.');
  await expect(quoted.getByTestId('pack-contribution-text')).toHaveAttribute('contenteditable', 'false');

  await panel.openPapers();
  await expect(sendco.page.getByTestId('papers-missing')).toContainText('Dr Grace Lee');
  await expect(sendco.page).toHaveURL(new RegExp(`/reviews/${reviewId}/papers$`));
  await parent.close();
  await sendco.context.close();
});
